import type { Document } from '../types/interfaces';
import { formatValue } from '../engine/BsonValues';

const ERROR_CODE_NAMES: Record<number, string> = {
  0: 'OK',
  1: 'InternalError',
  2: 'BadValue',
  9: 'FailedToParse',
  14: 'TypeMismatch',
  20: 'IllegalOperation',
  26: 'NamespaceNotFound',
  27: 'IndexNotFound',
  40: 'ConflictingUpdateOperators',
  43: 'CursorNotFound',
  48: 'NamespaceExists',
  53: 'InvalidIdField',
  59: 'CommandNotFound',
  66: 'ImmutableField',
  67: 'CannotCreateIndex',
  72: 'InvalidOptions',
  73: 'InvalidNamespace',
  85: 'IndexOptionsConflict',
  86: 'IndexKeySpecsConflict',
  115: 'CommandNotSupported',
  11000: 'DuplicateKey',
  40324: 'Location40324',
  40573: 'Location40573',
  40601: 'Location40601',
  13113: 'Location13113',
};

/** The MongoDB code name for an error code ('UnknownError' when we have none). */
export function errorCodeName(code: number): string {
  return ERROR_CODE_NAMES[code] ?? 'UnknownError';
}

/**
 * Base error class for all CongoDB errors.
 * Carries a MongoDB error code so handlers can answer with the reply real mongod would send.
 */
export class CongoError extends Error {
  public code: number;
  public codeName: string;

  constructor(message: string, code: number = 1, codeName?: string) {
    super(message);
    this.name = 'CongoError';
    this.code = code;
    this.codeName = codeName ?? errorCodeName(code);
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** Extra fields real mongod adds to the error document (e.g. keyPattern for E11000). */
  errorFields(): Document {
    return {};
  }

  /** The `{ ok: 0, errmsg, code, codeName }` command reply. */
  toCommandError(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.errorFields() };
  }

  /** An entry of a write command's `writeErrors` array. */
  toWriteError(index: number): Document {
    return { index, code: this.code, errmsg: this.message, ...this.errorFields() };
  }
}

/**
 * Error thrown for duplicate key violations (code 11000), with the message, keyPattern and keyValue
 * shaped like mongod's so drivers and mongoose expose them unchanged.
 */
export class CongoDuplicateKeyError extends CongoError {
  public keyPattern: Document;
  public keyValue: Document;

  constructor(namespace: string, indexName: string, keyPattern: Document, keyValue: Document) {
    const shown = Object.entries(keyValue)
      .map(([field, value]) => `${field}: ${formatValue(value)}`)
      .join(', ');
    super(
      `E11000 duplicate key error collection: ${namespace} index: ${indexName} dup key: { ${shown} }`,
      11000,
      'DuplicateKey'
    );
    this.name = 'CongoDuplicateKeyError';
    this.keyPattern = keyPattern;
    this.keyValue = keyValue;
  }

  override errorFields(): Document {
    return { keyPattern: this.keyPattern, keyValue: this.keyValue };
  }
}

/**
 * Error thrown when an operation is valid MongoDB but not supported by this server.
 */
export class CongoNotSupportedError extends CongoError {
  constructor(message: string, code: number = 115) {
    super(message, code);
    this.name = 'CongoNotSupportedError';
  }
}

/**
 * Error thrown when an index operation fails
 */
export class CongoIndexError extends CongoError {
  constructor(message: string, code?: number) {
    super(message, code || 86);
    this.name = 'CongoIndexError';
  }
}

/**
 * Convert any error to a CongoError
 */
export function toCongoError(error: unknown): CongoError {
  if (error instanceof CongoError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CongoError(message || 'Internal error', 1);
}
