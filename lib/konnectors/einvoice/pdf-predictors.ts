/** PNG and TIFF predictors (ISO 32000-1 §7.4.4.4), used mostly by xref and object streams after Flate/LZW. */

export interface DecodeParams {
  predictor?: number;
  colors?: number;
  bitsPerComponent?: number;
  columns?: number;
  /** LZW only. */
  earlyChange?: number;
}

/** Undoes PNG (10–15) and TIFF (2) predictors, used mostly by xref and object streams. */
export function unpredict(data: Uint8Array, params: DecodeParams): Uint8Array {
  const predictor = params.predictor ?? 1;
  if (predictor < 2) return data;
  const colors = params.colors ?? 1;
  const bpc = params.bitsPerComponent ?? 8;
  const columns = params.columns ?? 1;
  const bytesPerPixel = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) return unpredictTiff(data, rowLength, bytesPerPixel);
  const out = new Uint8Array(Math.floor(data.length / (rowLength + 1)) * rowLength);
  let previous = new Uint8Array(rowLength);
  for (let row = 0, src = 0; src + rowLength < data.length + 1 && row * rowLength < out.length; row++) {
    const type = data[src] ?? 0;
    const current = out.subarray(row * rowLength, (row + 1) * rowLength);
    for (let i = 0; i < rowLength; i++) {
      const raw = data[src + 1 + i] ?? 0;
      const left = i >= bytesPerPixel ? (current[i - bytesPerPixel] ?? 0) : 0;
      const up = previous[i] ?? 0;
      const upLeft = i >= bytesPerPixel ? (previous[i - bytesPerPixel] ?? 0) : 0;
      current[i] = (raw + pngPredict(type, left, up, upLeft)) & 0xff;
    }
    previous = current;
    src += rowLength + 1;
  }
  return out;
}

function pngPredict(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 1: return left;
    case 2: return up;
    case 3: return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const dLeft = Math.abs(estimate - left);
      const dUp = Math.abs(estimate - up);
      const dUpLeft = Math.abs(estimate - upLeft);
      return dLeft <= dUp && dLeft <= dUpLeft ? left : dUp <= dUpLeft ? up : upLeft;
    }
    default: return 0;
  }
}

function unpredictTiff(data: Uint8Array, rowLength: number, bytesPerPixel: number): Uint8Array {
  const out = Uint8Array.from(data);
  for (let start = 0; start < out.length; start += rowLength) {
    for (let i = bytesPerPixel; i < rowLength && start + i < out.length; i++) {
      out[start + i] = ((out[start + i] ?? 0) + (out[start + i - bytesPerPixel] ?? 0)) & 0xff;
    }
  }
  return out;
}
