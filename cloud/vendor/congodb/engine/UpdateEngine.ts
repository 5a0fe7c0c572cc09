import * as plugins from '../congodb.plugins';
import type { Document, IStoredDocument } from '../types/interfaces';
import { CongoError, CongoNotSupportedError } from '../errors/CongoErrors';
import { cloneDocument, equalityKey, formatValue, isNumeric, isPlainDocument } from './BsonValues';

import { update as applyModifier } from 'mingo/updater';
import { ProcessingMode } from 'mingo/core';

const UPDATE_OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$currentDate',
  '$setOnInsert',
  '$push',
  '$pop',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$bit',
]);

const PIPELINE_UPDATE_STAGES = new Set([
  '$addFields',
  '$set',
  '$project',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
]);

const NUMERIC_OPERATORS = new Set(['$inc', '$mul']);
const ARRAY_OPERATORS = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);

/**
 * Update engine for MongoDB-compatible update operations.
 * Operator updates are applied by mingo's updater (positional `$`, `$[]`, `$[id]` with arrayFilters)
 * on a copy of the document; stored documents are never mutated.
 */
export class UpdateEngine {
  /**
   * True when the update is a replacement document (no top-level `$` operators).
   */
  static isReplacement(update: Document | Document[]): boolean {
    return !Array.isArray(update) && !Object.keys(update).some((k) => k.startsWith('$'));
  }

  /**
   * Apply an update specification to a document and return the new document.
   * `query` is the filter that selected the document (needed by the positional `$` operator).
   */
  static applyUpdate(
    document: IStoredDocument,
    update: Document | Document[],
    arrayFilters?: Document[],
    query?: Document
  ): IStoredDocument {
    let result: Document;

    if (Array.isArray(update)) {
      result = this.applyPipeline(document, update);
    } else if (this.isReplacement(update)) {
      result = this.applyReplacement(document, update);
    } else {
      const { $setOnInsert: _ignored, ...modifier } = this.validateModifier(update);
      result = cloneDocument(document);
      this.applyOperators(result, modifier, arrayFilters, query);
    }

    if (equalityKey(result._id) !== equalityKey(document._id)) {
      throw new CongoError(
        `Performing an update on the path '_id' would modify the immutable field '_id'`,
        66
      );
    }
    return this.idFirst(result as IStoredDocument);
  }

  /**
   * Build the document an upsert inserts: equality fields of the query, then the update
   * (including `$setOnInsert`), and a generated ObjectId `_id` if neither supplied one.
   */
  static buildUpsertDocument(query: Document, update: Document | Document[], arrayFilters?: Document[]): IStoredDocument {
    const base: Document = {};
    this.applyFilterToDoc(base, query);

    let result: Document;
    if (Array.isArray(update)) {
      result = this.applyPipeline(base, update);
    } else if (this.isReplacement(update)) {
      result = { ...(base._id !== undefined ? { _id: base._id } : {}), ...cloneDocument(update) };
    } else {
      const { $setOnInsert, ...modifier } = this.validateModifier(update);
      result = base;
      this.applyOperators(result, modifier, arrayFilters);
      if ($setOnInsert && Object.keys($setOnInsert).length > 0) {
        this.applyOperators(result, { $set: $setOnInsert }, arrayFilters);
      }
    }

    if (result._id === undefined) {
      result._id = new plugins.bson.ObjectId();
    }
    return this.idFirst(result as IStoredDocument);
  }

  /**
   * True when two versions of a document differ (BSON-aware comparison).
   */
  static hasChanged(before: Document, after: Document): boolean {
    return equalityKey(before) !== equalityKey(after);
  }

  private static validateModifier(update: Document): Document {
    for (const [operator, operand] of Object.entries(update)) {
      if (!operator.startsWith('$')) {
        throw new CongoError(`Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`, 9);
      }
      if (!UPDATE_OPERATORS.has(operator)) {
        throw new CongoError(`Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`, 9);
      }
      if (!isPlainDocument(operand)) {
        throw new CongoError(`Modifiers operate on fields but we found type ${typeof operand} instead.`, 9);
      }
    }
    return update;
  }

  private static applyReplacement(document: Document, replacement: Document): Document {
    const copy = cloneDocument(replacement);
    if (copy._id !== undefined && equalityKey(copy._id) !== equalityKey(document._id)) {
      throw new CongoError(
        `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValue(copy._id)}`,
        66
      );
    }
    return { ...copy, _id: document._id };
  }

  private static applyPipeline(document: Document, pipeline: Document[]): Document {
    for (const stage of pipeline) {
      const name = Object.keys(stage)[0];
      if (!name || !PIPELINE_UPDATE_STAGES.has(name)) {
        throw new CongoError(`${name ?? 'empty stage'} is not allowed to be used within an update`, 2);
      }
    }
    try {
      const output = new plugins.Aggregator(pipeline, { processingMode: ProcessingMode.CLONE_INPUT }).run([
        document,
      ]) as Document[];
      return output[0] ?? {};
    } catch (error) {
      throw new CongoError(error instanceof Error ? error.message : String(error), 2);
    }
  }

  private static applyOperators(target: Document, modifier: Document, arrayFilters?: Document[], query?: Document): void {
    if (Object.keys(modifier).length === 0) return;
    this.checkOperandTypes(target, modifier);
    // mingo compiles the condition on every call; only the positional `$` operator needs it. The
    // update's values come from this command alone and stored documents are copied before any
    // update, so they need no copying either.
    const positional = Object.values(modifier).some((fields) => Object.keys(fields as Document).some((path) => /\.\$(\.|$)/.test(path)));
    try {
      applyModifier(target, modifier, arrayFilters, positional && query && Object.keys(query).length ? query : undefined, {
        cloneMode: 'none',
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.includes('immutable field')) throw new CongoError(message, 66);
      if (message.includes('conflict')) throw new CongoError(message, 40);
      throw new CongoError(message, 2);
    }
  }

  /**
   * mingo silently skips type mismatches; mongod rejects them. Check the paths we can resolve
   * without positional operators.
   */
  private static checkOperandTypes(doc: Document, modifier: Document): void {
    for (const [operator, fields] of Object.entries(modifier)) {
      const numeric = NUMERIC_OPERATORS.has(operator);
      const array = ARRAY_OPERATORS.has(operator);
      if (!numeric && !array) continue;
      for (const [path, operand] of Object.entries(fields as Document)) {
        if (path.includes('$')) continue;
        const current = this.resolvePath(doc, path);
        if (numeric) {
          if (!isNumeric(operand)) {
            throw new CongoError(`Cannot ${operator === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${formatValue(operand)}}`, 14);
          }
          if (current !== undefined && typeof current !== 'number') {
            if (isNumeric(current)) {
              throw new CongoNotSupportedError(`${operator} on Long/Decimal128 values is not supported by the embedded MongoDB server`);
            }
            throw new CongoError(
              `Cannot apply ${operator} to a value of non-numeric type. {_id: ${formatValue(doc._id)}} has the field '${path}' of non-numeric type ${this.typeName(current)}`,
              14
            );
          }
        } else if (current !== undefined && !Array.isArray(current)) {
          throw new CongoError(
            `The field '${path}' must be an array but is of type ${this.typeName(current)} in document {_id: ${formatValue(doc._id)}}`,
            2
          );
        }
      }
    }
  }

  private static resolvePath(doc: Document, path: string): unknown {
    let current: unknown = doc;
    for (const part of path.split('.')) {
      if (Array.isArray(current) && /^\d+$/.test(part)) {
        current = current[Number(part)];
      } else if (isPlainDocument(current)) {
        current = current[part];
      } else {
        return undefined;
      }
    }
    return current;
  }

  private static typeName(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (value instanceof Date) return 'date';
    if (typeof value === 'object') return isPlainDocument(value) ? 'object' : String((value as { _bsontype?: string })._bsontype ?? 'object');
    return typeof value;
  }

  private static idFirst(doc: IStoredDocument): IStoredDocument {
    if (Object.keys(doc)[0] === '_id') return doc;
    const { _id, ...rest } = doc;
    return { _id, ...rest };
  }

  /**
   * Apply filter equality conditions to a new document (for upsert)
   */
  private static applyFilterToDoc(doc: Document, filter: Document): void {
    for (const [key, value] of Object.entries(filter)) {
      if (key === '$and' && Array.isArray(value)) {
        for (const clause of value) {
          if (isPlainDocument(clause)) this.applyFilterToDoc(doc, clause);
        }
        continue;
      }
      // Skip operators
      if (key.startsWith('$')) continue;

      if (isPlainDocument(value)) {
        // Check if it's an operator
        const valueKeys = Object.keys(value);
        if (valueKeys.some(k => k.startsWith('$'))) {
          // Extract equality value from $eq if present
          if ('$eq' in value) {
            this.setNestedValue(doc, key, cloneDocument(value.$eq));
          }
          continue;
        }
      }

      if (value instanceof RegExp) continue;

      // Direct value assignment
      this.setNestedValue(doc, key, cloneDocument(value));
    }
  }

  /**
   * Set a nested value using dot notation
   */
  private static setNestedValue(obj: Document, path: string, value: unknown): void {
    const parts = path.split('.');
    let current = obj;

    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i] as string;
      if (!isPlainDocument(current[part])) {
        current[part] = {};
      }
      current = current[part];
    }

    current[parts[parts.length - 1] as string] = value;
  }
}
