// mammoth ships no types; this is the one function the console uses.
declare module 'mammoth' {
  interface RawTextResult {
    value: string;
    messages: { type: string; message: string }[];
  }
  export function extractRawText(input: { arrayBuffer: ArrayBuffer; buffer?: ArrayBuffer }): Promise<RawTextResult>;
  const mammoth: { extractRawText: typeof extractRawText };
  export default mammoth;
}
