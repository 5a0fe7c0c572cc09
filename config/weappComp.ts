/**
 * Body of a subpackage's own copy of Taro's `comp` (the custom component that renders nodes
 * deeper than the base template levels); config/tdesignSubpackages.ts builds one per subpackage
 * from this file, each as its own module, so each copy registers its component.
 */
import { createRecursiveComponentConfig } from '@tarojs/runtime'

declare function Component(options: object): void

Component(createRecursiveComponentConfig())
