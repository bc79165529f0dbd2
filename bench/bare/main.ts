/**
 * The baseline of `npm run bench`: the least a Vue + MapLibre page ships and does. A Vue app mounts one element
 * and a MapLibre map on it with a tiny inline style (a background layer and a GeoJSON source drawn as circles),
 * and marks 'map:first-frame' on the map's first 'render' exactly as src/map/MapController.ts does.
 */
import { createApp, defineComponent, h, markRaw, onBeforeUnmount, onMounted, ref } from 'vue'
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'

// Without an explicit worker URL a Vite build fails with "Worker failed to load" (../../../shared/TECH-NOTES.md).
setWorkerUrl(workerUrl)

const points: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    [121.25, 31.38],
    [120.98, 31.39],
    [121.1, 31.46],
  ].map((coordinates, id) => ({ type: 'Feature', id, properties: {}, geometry: { type: 'Point', coordinates } })),
}

const BareMap = defineComponent({
  setup() {
    const container = ref<HTMLDivElement | null>(null)
    let map: MlMap | null = null
    onMounted(() => {
      map = markRaw(
        new MlMap({
          container: container.value!,
          style: {
            version: 8,
            sources: { points: { type: 'geojson', data: points } },
            layers: [
              { id: 'background', type: 'background', paint: { 'background-color': '#ece9e0' } },
              { id: 'points', type: 'circle', source: 'points', paint: { 'circle-radius': 6, 'circle-color': '#1c6ea4' } },
            ],
          },
          bounds: [120.78, 31.1, 121.4, 31.78],
        }),
      )
      map.once('render', () => performance.mark('map:first-frame'))
      map.on('load', () => performance.mark('map:loaded'))
    })
    onBeforeUnmount(() => map?.remove())
    return () => h('div', { ref: container, style: 'position: absolute; inset: 0' })
  },
})

createApp(BareMap).mount('#app')
