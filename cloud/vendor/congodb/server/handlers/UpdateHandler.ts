import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';
import type { IStoredDocument } from '../../types/interfaces';
import { QueryEngine } from '../../engine/QueryEngine';
import { UpdateEngine } from '../../engine/UpdateEngine';
import { CongoError, toCongoError } from '../../errors/CongoErrors';
import { isPlainDocument } from '../../engine/BsonValues';

/**
 * UpdateHandler - Handles update, findAndModify commands
 */
export class UpdateHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    // Check findAndModify first since it also has an 'update' field
    if (command.findAndModify) {
      return this.handleFindAndModify(context);
    } else if (command.update && typeof command.update === 'string') {
      // 'update' command has collection name as the value
      return this.handleUpdate(context);
    }

    return {
      ok: 0,
      errmsg: 'Unknown update-related command',
      code: 59,
      codeName: 'CommandNotFound',
    };
  }

  /**
   * Handle update command
   */
  private async handleUpdate(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command, documentSequences } = context;

    const collection = command.update;

    // Get updates from command or document sequences
    let updates: plugins.bson.Document[] = command.updates || [];

    // Check for OP_MSG document sequences
    if (documentSequences && documentSequences.has('updates')) {
      updates = documentSequences.get('updates') ?? [];
    }

    if (!Array.isArray(updates) || updates.length === 0) {
      return {
        ok: 0,
        errmsg: 'update command requires updates array',
        code: 2,
        codeName: 'BadValue',
      };
    }

    const ordered = command.ordered !== false;
    const writeErrors: plugins.bson.Document[] = [];
    let totalMatched = 0;
    let totalModified = 0;
    const upserted: plugins.bson.Document[] = [];

    for (let i = 0; i < updates.length; i++) {
      const updateSpec = updates[i] as plugins.bson.Document;
      const filter = updateSpec.q || {};
      const update = updateSpec.u || {};
      const multi = updateSpec.multi === true;
      const upsert = updateSpec.upsert === true;
      const arrayFilters = updateSpec.arrayFilters;

      try {
        if (multi && UpdateEngine.isReplacement(update)) {
          throw new CongoError('multi update is not supported for replacement-style update', 9);
        }

        const matchingDocs = await storage.query(database, collection, filter, { limit: multi ? 0 : 1 });

        if (matchingDocs.length === 0 && upsert) {
          // Upsert: create new document from the filter's equality fields and the update
          const newDoc = UpdateEngine.buildUpsertDocument(filter, update, arrayFilters);
          await storage.insertOne(database, collection, newDoc);
          upserted.push({ index: i, _id: newDoc._id });
        } else {
          // Update existing documents
          totalMatched += matchingDocs.length;

          for (const doc of matchingDocs) {
            const updatedDoc = UpdateEngine.applyUpdate(doc, update, arrayFilters, filter);

            if (UpdateEngine.hasChanged(doc, updatedDoc)) {
              await storage.updateById(database, collection, doc._id, updatedDoc);
              totalModified++;
            }
          }
        }
      } catch (error) {
        writeErrors.push(toCongoError(error).toWriteError(i));

        if (ordered) {
          break;
        }
      }
    }

    const response: plugins.bson.Document = {
      n: totalMatched + upserted.length,
      nModified: totalModified,
    };

    if (upserted.length > 0) {
      response.upserted = upserted;
    }

    if (writeErrors.length > 0) {
      response.writeErrors = writeErrors;
    }

    response.ok = 1;
    return response;
  }

  /**
   * Handle findAndModify command. Errors (E11000 included) are command errors, as with mongod.
   */
  private async handleFindAndModify(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.findAndModify;
    const query = command.query || {};
    const update = command.update;
    const remove = command.remove === true;
    const returnNew = command.new === true;
    const upsert = command.upsert === true;
    const sort = command.sort;
    const fields = command.fields;
    const arrayFilters = command.arrayFilters;

    if (typeof collection !== 'string') {
      throw new CongoError('collection name has invalid type', 2);
    }

    // Validate - either update or remove, not both
    if (update && remove) {
      throw new CongoError('Cannot specify both an update and remove=true', 9);
    }

    if (!update && !remove) {
      throw new CongoError('Either an update or remove=true must be specified', 9);
    }

    if (remove && (upsert || returnNew)) {
      throw new CongoError('Cannot specify both upsert=true and remove=true, or new=true and remove=true', 9);
    }

    if (update && !Array.isArray(update) && !isPlainDocument(update)) {
      throw new CongoError('Update argument must be either an object or an array', 9);
    }

    // Get matching documents
    const sorted = sort && Object.keys(sort).length > 0;
    const doc = (await storage.query(database, collection, query, { sort: sorted ? sort : undefined, limit: 1 }))[0];

    if (remove) {
      // Delete operation
      if (!doc) {
        return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
      }

      await storage.deleteById(database, collection, doc._id);

      return {
        lastErrorObject: {
          n: 1,
        },
        value: this.projectOne(doc, fields, query),
        ok: 1,
      };
    }

    // Update operation
    if (!doc && !upsert) {
      return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    }

    let resultDoc: IStoredDocument;
    if (doc) {
      // Update existing
      resultDoc = UpdateEngine.applyUpdate(doc, update, arrayFilters, query);
      if (UpdateEngine.hasChanged(doc, resultDoc)) {
        await storage.updateById(database, collection, doc._id, resultDoc);
      }
    } else {
      // Upsert
      resultDoc = UpdateEngine.buildUpsertDocument(query, update, arrayFilters);
      await storage.insertOne(database, collection, resultDoc);
    }

    const lastErrorObject: plugins.bson.Document = {
      n: 1,
      updatedExisting: Boolean(doc),
    };
    if (!doc) {
      lastErrorObject.upserted = resultDoc._id;
    }

    const returnValue = returnNew ? resultDoc : (doc ?? null);
    return {
      lastErrorObject,
      value: returnValue ? this.projectOne(returnValue, fields, query) : null,
      ok: 1,
    };
  }

  private projectOne(
    doc: IStoredDocument,
    fields: plugins.bson.Document | undefined,
    query: plugins.bson.Document
  ): plugins.bson.Document {
    if (!fields || Object.keys(fields).length === 0) return doc;
    // The query only matters to a positional (`a.$`) projection; the returned document (new, after
    // the update) may no longer match it, and must still be projected rather than dropped.
    const positional = Object.keys(fields).some((key) => key.endsWith('.$'));
    return QueryEngine.project([doc], fields, positional ? query : {})[0] ?? {};
  }
}
