// What createApp needs from the outside world; tests build it with a real driver against a real Neo4j.
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { AppConfig } from "../config.ts";
import type { ProviderKind } from "../../../graph-seed/src/database/provider.ts";

export interface AppDeps {
  config: AppConfig;
  driver: Driver;
  database: string;
  providerKind: ProviderKind;
  log: Logger;
  /** Folder with the built client to serve at /, when present. */
  clientDir?: string | undefined;
  /** The bearer token of the write routes (declared `editor: true`); without it no request can edit. */
  editorToken?: string | undefined;
}
