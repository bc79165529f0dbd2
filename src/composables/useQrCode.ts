/** The QR code of a link as a data URL, made again when the link changes (share panel, printed proposal). */
import { ref, watch, type Ref } from 'vue'
import QRCode from 'qrcode'

export function useQrCode(link: () => string, width: number): Ref<string> {
  const url = ref('')
  watch(
    link,
    async (l) => {
      // Error correction M survives a WeChat screenshot's compression; margin 4 is the spec's quiet zone.
      const next = await QRCode.toDataURL(l, { errorCorrectionLevel: 'M', margin: 4, width })
      if (l === link()) url.value = next
    },
    { immediate: true },
  )
  return url
}
