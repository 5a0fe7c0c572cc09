import type { Document, IStoredDocument } from '../types/interfaces';
import { CongoError } from '../errors/CongoErrors';
import { cloneDocument, isPlainDocument } from './BsonValues';

// Import mingo Aggregator
import { Aggregator } from 'mingo';
import { ProcessingMode } from 'mingo/core';

/** Stages that never write into their input documents, so they can run without copying them. */
const READ_ONLY_STAGES = new Set(['$match', '$sort', '$skip', '$limit', '$count', '$group', '$sortByCount']);

/**
 * Aggregation engine using mingo for MongoDB-compatible aggregation pipeline execution
 */
export class AggregationEngine {
  /**
   * Execute an aggregation pipeline on a collection of documents.
   * `collections` resolves the names used by $lookup, $graphLookup and $unionWith.
   * Input (and looked-up) documents are copied first unless every stage is read-only, because mingo
   * writes into its inputs.
   */
  static aggregate(
    documents: IStoredDocument[] | Document[],
    pipeline: Document[],
    collections: Map<string, Document[]> = new Map()
  ): Document[] {
    if (!pipeline || pipeline.length === 0) {
      return documents;
    }

    const readOnly = pipeline.every((stage) => READ_ONLY_STAGES.has(Object.keys(stage)[0] ?? ''));

    const resolved = new Map<string, Document[]>();
    const resolve = (name: string): Document[] => {
      let docs = resolved.get(name);
      if (!docs) {
        docs = collections.get(name) ?? [];
        if (!readOnly) docs = docs.map((doc) => cloneDocument(doc));
        resolved.set(name, docs);
      }
      return docs;
    };

    try {
      const aggregator = new Aggregator(pipeline, {
        processingMode: readOnly ? ProcessingMode.CLONE_OFF : ProcessingMode.CLONE_INPUT,
        collectionResolver: resolve,
      });
      const result = aggregator.run(documents);
      return Array.isArray(result) ? (result as Document[]) : [];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.startsWith('unregistered pipeline operator')) {
        throw new CongoError(`Unrecognized pipeline stage name: ${message.replace('unregistered pipeline operator ', '').replace(/\.$/, '')}`, 40324);
      }
      throw new CongoError(message, 2);
    }
  }

  /**
   * Names of the collections a pipeline reads besides its source ($lookup, $graphLookup,
   * $unionWith, including nested pipelines and $facet).
   */
  static referencedCollections(pipeline: Document[], into: Set<string> = new Set()): Set<string> {
    for (const stage of pipeline) {
      if (!isPlainDocument(stage)) continue;
      const lookup = stage.$lookup ?? stage.$graphLookup;
      if (isPlainDocument(lookup)) {
        if (typeof lookup.from === 'string') into.add(lookup.from);
        if (Array.isArray(lookup.pipeline)) this.referencedCollections(lookup.pipeline, into);
      }
      const union = stage.$unionWith;
      if (typeof union === 'string') into.add(union);
      if (isPlainDocument(union)) {
        if (typeof union.coll === 'string') into.add(union.coll);
        if (Array.isArray(union.pipeline)) this.referencedCollections(union.pipeline, into);
      }
      if (isPlainDocument(stage.$facet)) {
        for (const sub of Object.values(stage.$facet)) {
          if (Array.isArray(sub)) this.referencedCollections(sub, into);
        }
      }
    }
    return into;
  }
}
