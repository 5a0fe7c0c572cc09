/**
 * Every wrapper in `src/ui` takes these and puts them on an element that exists in
 * both renderings (a Taro View around the TDesign part), so `#id` selects the same
 * thing in the H5 DOM, in miniprogram-simulate and in miniprogram-automator.
 */
export interface BaseProps {
  id?: string
  className?: string
}
