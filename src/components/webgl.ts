/** MapLibre 6 needs WebGL2; without it the explorer runs list-only (the tests start Chromium without WebGL to check). */
export function hasWebgl2(): boolean {
  try {
    const canvas = document.createElement('canvas')
    return Boolean(canvas.getContext('webgl2'))
  } catch (e) {
    console.warn('WebGL2 probe failed', e)
    return false
  }
}
