// Neo4j values → plain JSON at the repository edge: handlers and the client never see Integer or
// temporal objects.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  isPoint,
} from "neo4j-driver";

/** An Integer (or number) to a JS number; throws on values outside the safe range rather than rounding silently. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  return Number(value);
}

/** Any value a query returns, made JSON-safe. Integers outside the safe range become strings. */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: skip the ten type probes below (a profile under load
  // showed them as a few per cent of the API's CPU).
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  )
    return value.toString();
  if (isPoint(value))
    return { srid: toNumber(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value))
    return { elementId: value.elementId, labels: value.labels, properties: toJsonValue(value.properties) };
  if (isRelationship(value))
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toJsonValue(value.properties),
    };
  if (isPath(value))
    return {
      start: toJsonValue(value.start),
      end: toJsonValue(value.end),
      segments: value.segments.map((s) => ({
        start: toJsonValue(s.start),
        relationship: toJsonValue(s.relationship),
        end: toJsonValue(s.end),
      })),
    };
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}
