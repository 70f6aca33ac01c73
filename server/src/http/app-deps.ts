// What createApp needs from the outside world; tests build it with a real driver against a real Neo4j.
import type { Driver } from "neo4j-driver";
import type { Logger } from "pino";
import type { AppConfig } from "../config.ts";
import type { ProviderKind } from "../../../graph-seed/src/database/provider.ts";
import type { DatabaseStatus } from "../../../graph-seed/src/database/local-supervisor.ts";

export interface AppDeps {
  config: AppConfig;
  driver: Driver;
  database: string;
  providerKind: ProviderKind;
  log: Logger;
  /** The supervised database's state, when the product started the database itself (local provider). */
  dbStatus?: (() => DatabaseStatus) | undefined;
  /** Folder with the built client to serve at /, when present. */
  clientDir?: string | undefined;
}

/**
 * The slices of AppDeps a service takes. Each service names only what it uses, so none can reach the logger,
 * the supervisor or the client folder, and a test can hand it a plain object. Routes pass the whole bag; it fits.
 */
export type DbDeps = Pick<AppDeps, "driver" | "database"> & { config: Pick<AppConfig, "queryTimeoutMs"> };
/** A service that also reads the source documents (to quote or resolve evidence). */
export type SourceDeps = DbDeps & { config: Pick<AppConfig, "sourcesDir"> };
