import QRCode from "qrcode";

/*
 * A survey's QR code for posters and letters, made on the server with `qrcode`: black on white,
 * error correction M (a smudged or folded print still scans), and the four-module quiet zone the
 * standard asks for around it, so it can be placed on any background.
 */
const OPTIONS = {
  errorCorrectionLevel: "M",
  margin: 4,
  color: { dark: "#000000", light: "#ffffff" },
} as const;

/** The QR code as SVG: scales to any print size without blurring. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...OPTIONS, type: "svg" });
}

/** The QR code as PNG, 1200 px wide: about 10 cm at 300 dpi, for programs that take no SVG. */
export function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...OPTIONS, type: "png", width: 1200 });
}
