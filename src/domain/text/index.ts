/** Vietnamese text: normalisation, matching keys, legacy TCVN3/VNI encodings. Pure. */
export {
  blankInKey,
  nfc,
  foldTones,
  cleanSpaces,
  stripDiacritics,
  matchKey,
  looseKey,
  punctuationKey,
  labelKey,
  isText,
} from "./normalize";
export {
  decodeTcvn3,
  encodeTcvn3,
  decodeTcvn3WithMap,
  TCVN3_CHARS,
  type Tcvn3Options,
  type Decoded,
} from "./tcvn3";
export { decodeVni, encodeVni, decodeVniWithMap } from "./vni";
export {
  detectEncoding,
  repairText,
  repairWithMap,
  fontEncoding,
  type Encoding,
  type DetectMemo,
  type FontEncoding,
  type Repaired,
} from "./detect";
export {
  LOWERCASE_LETTERS,
  UPPERCASE_LETTERS,
  VOWELS,
  TONES,
  withTone,
  type Tone,
} from "./letters";
export { clipText, MAX_QUOTED_TEXT } from "./clip";
