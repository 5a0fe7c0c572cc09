import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import type { Compilation, Compiler, Module } from 'webpack'

/** One source module inside a webpack module (a concatenated module holds several). */
export interface StatsPart {
  /** Path relative to the project, loaders and queries stripped, e.g. `node_modules/zod/v4/core/schemas.js`. */
  name: string
  /** Bytes of the module's code before minification (used to split a concatenated module's output). */
  size: number
}

/** What `npm run size` needs to attribute the bytes of each output file to source modules. */
export interface WeappModuleStats {
  /** chunk id → its name and the source parts of each module id it carries. */
  chunks: Record<string, { name: string; modules: Record<string, StatsPart[]> }>
}

function partName(module: Module, context: string): string {
  const resource = module.nameForCondition()
  if (resource) return relative(context, resource).split('\\').join('/')
  return module.identifier().replace(/^.*!/, '')
}

function collect(compilation: Compilation, context: string): WeappModuleStats {
  const { chunkGraph } = compilation
  const chunks: WeappModuleStats['chunks'] = {}
  for (const chunk of compilation.chunks) {
    if (chunk.id === null) continue
    const modules: Record<string, StatsPart[]> = {}
    for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
      const id = chunkGraph.getModuleId(module)
      if (id === null) continue
      const inner = (module as Module & { modules?: Module[] }).modules
      modules[String(id)] = (inner ?? [module]).map((m) => ({ name: partName(m, context), size: m.size() }))
    }
    chunks[String(chunk.id)] = { name: chunk.name ?? String(chunk.id), modules }
  }
  return { chunks }
}

/**
 * Writes, after each weapp build, which source modules every webpack chunk carries, so the size
 * report can say where the bytes of dist/weapp come from. Writes nothing into dist itself.
 */
export class WeappModuleStatsPlugin {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('WeappModuleStatsPlugin', (compilation) => {
      mkdirSync(dirname(this.file), { recursive: true })
      writeFileSync(this.file, JSON.stringify(collect(compilation, compiler.context)))
    })
  }
}
