/** A bytea as plain bytes: postgres.js gives a Buffer and PGlite a Uint8Array, both views of the same kind of thing. */
export function plainBytes(content: Uint8Array): Uint8Array {
  return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
}
