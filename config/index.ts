import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { NoDynamicGlobalPlugin } from './noDynamicGlobal'
import { WeappModuleStatsPlugin } from './weappModuleStats'
import { TDesignIconsPlugin } from './tdesignIcons'
import { TDesignSubpackagesPlugin } from './tdesignSubpackages'
import { SUBPACKAGE_TDESIGN, TDESIGN_ICONS } from './tdesign'

const taroEnv = process.env.TARO_ENV ?? 'weapp'

/** Where the weapp build talks to the cloud API; H5 uses the same origin. */
const apiBase = process.env.TARO_APP_API_BASE ?? 'http://127.0.0.1:3000'

/** Set by `npm run size`: where to write which modules each weapp chunk carries. */
const moduleStatsFile = process.env.WEAPP_MODULE_STATS

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xiangliban',
    date: '2025-1-1',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      API_BASE_URL: JSON.stringify(taroEnv === 'h5' ? '' : apiBase)
    },
    copy: {
      patterns: taroEnv === 'h5' ? [{ from: 'src/assets/favicon.ico', to: 'dist/h5/favicon.ico' }] : [],
      options: {}
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    sass: {},
    mini: {
      postcss: {
        pxtransform: { enable: false, config: {} },
        cssModules: { enable: false }
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      optimizeMainPackage: { enable: true },
      /** config/tdesign.ts (read by page configs) and config/weappComp.ts (a subpackage `comp`) are bundled too. */
      compile: { include: [__dirname] },
      webpackChain(chain) {
        chain.plugin('no-dynamic-global').use(NoDynamicGlobalPlugin)
        // Taro makes each app/page config file an entry (to watch it) and drops those chunks later;
        // what only configs import (src/ui/usingComponents.ts) must not land in the shipped `common`.
        const splitChunks = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            common: { ...splitChunks.cacheGroups.common, chunks: (chunk: { name?: string | null }) => !chunk.name?.endsWith('.config') }
          }
        })
        chain.plugin('tdesign-subpackages').use(TDesignSubpackagesPlugin, [SUBPACKAGE_TDESIGN])
        chain.plugin('tdesign-icons').use(TDesignIconsPlugin, [TDESIGN_ICONS])
        if (moduleStatsFile) chain.plugin('weapp-module-stats').use(WeappModuleStatsPlugin, [moduleStatsFile])
      }
    },
    h5: {
      compile: { include: [__dirname] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false }
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
