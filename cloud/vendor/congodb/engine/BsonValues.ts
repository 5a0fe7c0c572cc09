import * as plugins from '../congodb.plugins';

/**
 * Helpers that give BSON values MongoDB semantics: cross-type ordering, equality keys for indexes,
 * path expansion through arrays, and cloning that keeps BSON class instances intact.
 */

type Canonical =
  | 'minKey'
  | 'null'
  | 'number'
  | 'string'
  | 'object'
  | 'array'
  | 'binData'
  | 'objectId'
  | 'bool'
  | 'date'
  | 'timestamp'
  | 'regex'
  | 'maxKey';

const TYPE_ORDER: Record<Canonical, number> = {
  minKey: 1,
  null: 2,
  number: 3,
  string: 4,
  object: 5,
  array: 6,
  binData: 7,
  objectId: 8,
  bool: 9,
  date: 10,
  timestamp: 11,
  regex: 12,
  maxKey: 13,
};

function bsonTypeTag(value: object): string | undefined {
  const tag = (value as { _bsontype?: unknown })._bsontype;
  return typeof tag === 'string' ? tag : undefined;
}

/** True for plain objects (documents), false for arrays, Dates and BSON class instances. */
export function isPlainDocument(value: unknown): value is Record<string, any> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function canonicalType(value: unknown): Canonical {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
  }
  if (value instanceof Date) return 'date';
  if (value instanceof RegExp) return 'regex';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Uint8Array) return 'binData';
  switch (bsonTypeTag(value as object)) {
    case 'ObjectId':
      return 'objectId';
    case 'Long':
    case 'Int32':
    case 'Double':
    case 'Decimal128':
      return 'number';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'BSONSymbol':
      return 'string';
  }
  return 'object';
}

/** The place of a value's type in MongoDB's comparison order (all numeric types share one). */
export function typeRank(value: unknown): number {
  return TYPE_ORDER[canonicalType(value)];
}

/** The numeric value of a JS number or a BSON numeric wrapper (Long, Int32, Double, Decimal128). */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof plugins.bson.Long) return value.toNumber();
  if (value instanceof plugins.bson.Decimal128) return Number(value.toString());
  const wrapped = (value as { value?: unknown }).value;
  return typeof wrapped === 'number' ? wrapped : Number.NaN;
}

/** True for JS numbers and BSON numeric wrappers. */
export function isNumeric(value: unknown): boolean {
  return canonicalType(value) === 'number' && value !== null && value !== undefined;
}

function binaryBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof plugins.bson.Binary) return value.buffer.subarray(0, value.position);
  return new Uint8Array();
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compare two BSON values the way MongoDB orders them (type order first, then value; strings by
 * code unit, no collation). Missing values compare like null.
 */
export function compareValues(a: unknown, b: unknown): number {
  const ta = canonicalType(a);
  const tb = canonicalType(b);
  if (ta !== tb) return TYPE_ORDER[ta] - TYPE_ORDER[tb];

  switch (ta) {
    case 'null':
    case 'minKey':
    case 'maxKey':
      return 0;
    case 'number': {
      const na = toNumber(a);
      const nb = toNumber(b);
      if (Number.isNaN(na) || Number.isNaN(nb)) return Number.isNaN(na) ? (Number.isNaN(nb) ? 0 : -1) : 1;
      return na < nb ? -1 : na > nb ? 1 : 0;
    }
    case 'string':
      return compareStrings(String(a), String(b));
    case 'bool':
      return (a ? 1 : 0) - (b ? 1 : 0);
    case 'date':
      return (a as Date).getTime() - (b as Date).getTime();
    case 'objectId':
      return compareBytes((a as plugins.bson.ObjectId).id, (b as plugins.bson.ObjectId).id);
    case 'timestamp': {
      const ta2 = a as plugins.bson.Timestamp;
      const tb2 = b as plugins.bson.Timestamp;
      return ta2.t - tb2.t || ta2.i - tb2.i;
    }
    case 'binData':
      return compareBytes(binaryBytes(a), binaryBytes(b));
    case 'regex':
      return compareStrings(String(a), String(b));
    case 'array': {
      const aa = a as unknown[];
      const ba = b as unknown[];
      const length = Math.min(aa.length, ba.length);
      for (let i = 0; i < length; i++) {
        const c = compareValues(aa[i], ba[i]);
        if (c !== 0) return c;
      }
      return aa.length - ba.length;
    }
    case 'object': {
      const ea = Object.entries(a as object);
      const eb = Object.entries(b as object);
      const length = Math.min(ea.length, eb.length);
      for (let i = 0; i < length; i++) {
        const [ka, va] = ea[i] as [string, unknown];
        const [kb, vb] = eb[i] as [string, unknown];
        const byType = TYPE_ORDER[canonicalType(va)] - TYPE_ORDER[canonicalType(vb)];
        if (byType !== 0) return byType;
        const byName = compareStrings(ka, kb);
        if (byName !== 0) return byName;
        const byValue = compareValues(va, vb);
        if (byValue !== 0) return byValue;
      }
      return ea.length - eb.length;
    }
  }
}

/**
 * A string that is equal for two values exactly when MongoDB considers them equal as index keys
 * (numbers of any BSON numeric type compare by value; missing equals null; field order matters).
 */
export function equalityKey(value: unknown): string {
  const type = canonicalType(value);
  switch (type) {
    case 'null':
      return 'N';
    case 'minKey':
      return 'm';
    case 'maxKey':
      return 'M';
    case 'number': {
      if (value instanceof plugins.bson.Long && !Number.isSafeInteger(value.toNumber())) {
        return `n${value.toString()}`;
      }
      const n = toNumber(value);
      return `n${Object.is(n, -0) ? 0 : n}`;
    }
    case 'string':
      return `s${JSON.stringify(String(value))}`;
    case 'bool':
      return value ? 'T' : 'F';
    case 'date':
      return `d${(value as Date).getTime()}`;
    case 'objectId':
      return `o${(value as plugins.bson.ObjectId).toHexString()}`;
    case 'timestamp':
      return `t${(value as plugins.bson.Timestamp).toString()}`;
    case 'binData': {
      const subType = value instanceof plugins.bson.Binary ? value.sub_type : 0;
      return `b${subType}:${Buffer.from(binaryBytes(value)).toString('base64')}`;
    }
    case 'regex':
      return `r${String(value)}`;
    case 'array':
      return `[${(value as unknown[]).map(equalityKey).join(',')}]`;
    case 'object':
      if (!isPlainDocument(value)) {
        return `x${plugins.bson.EJSON.stringify(value as plugins.bson.Document, { relaxed: false })}`;
      }
      return `{${Object.entries(value)
        .map(([k, v]) => `${JSON.stringify(k)}:${equalityKey(v)}`)
        .join(',')}}`;
  }
}

/** Render a value the way mongod prints it in error messages (`ObjectId('…')`, `new Date(…)`). */
export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(formatValue).join(', ')} ]`;
  if (value instanceof RegExp) return String(value);
  switch (bsonTypeTag(value as object)) {
    case 'ObjectId':
      return `ObjectId('${(value as plugins.bson.ObjectId).toHexString()}')`;
    case 'Long':
    case 'Int32':
    case 'Double':
    case 'Decimal128':
      return String(value.toString());
  }
  if (isPlainDocument(value)) {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${formatValue(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return plugins.bson.EJSON.stringify(value as plugins.bson.Document, { relaxed: true });
}

/**
 * All values reachable under a dotted path, expanding arrays the way a multikey index does:
 * an array at the end of the path yields its elements (an empty array yields itself), an array
 * in the middle is traversed element by element. A missing path yields `[undefined]`.
 */
export function getPathValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collectPathValues(doc, path.split('.'), 0, out);
  return out.length ? out : [undefined];
}

function collectPathValues(value: unknown, parts: string[], depth: number, out: unknown[]): void {
  if (depth === parts.length) {
    if (Array.isArray(value) && value.length > 0) {
      out.push(...value);
    } else {
      out.push(value);
    }
    return;
  }
  const part = parts[depth] as string;
  if (Array.isArray(value)) {
    if (/^\d+$/.test(part)) {
      collectPathValues(value[Number(part)], parts, depth + 1, out);
      return;
    }
    if (value.length === 0) {
      out.push(undefined);
      return;
    }
    for (const element of value) {
      collectPathValues(element, parts, depth, out);
    }
    return;
  }
  if (value !== null && typeof value === 'object' && isPlainDocument(value)) {
    collectPathValues(value[part], parts, depth + 1, out);
    return;
  }
  out.push(undefined);
}

/**
 * Deep copy of a document: plain objects and arrays are copied, Dates are re-created, and BSON
 * class instances (ObjectId, Binary, Decimal128, Long, …) are shared because they are immutable.
 */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item) => cloneDocument(item)) as T;
  }
  if (value instanceof Date) {
    return new Date(value.getTime()) as T;
  }
  if (isPlainDocument(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      copy[key] = cloneDocument(value[key]);
    }
    return copy as T;
  }
  return value;
}
