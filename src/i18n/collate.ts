// 中文 names in pinyin order (as a Chinese dictionary orders them: syllable, then tone, character by
// character). ICU's pinyin collation reads each character in its most common reading, which is wrong
// for a few characters in place names: 长 is cháng in 长春 / 长沙 (not zhǎng), 厦 is xià in 厦门 (not
// shà). Those are compared as a homophone in the place-name reading.
const PLACE_NAME_READINGS: Record<string, string> = {
  长: '常', // cháng
  厦: '夏', // xià
};
const READING_CHARS = new RegExp(`[${Object.keys(PLACE_NAME_READINGS).join('')}]`, 'g');

const pinyin = new Intl.Collator('zh-u-co-pinyin');

/** The name as the pinyin collator should read it. */
export const zhCollationKey = (name: string) => name.replace(READING_CHARS, (ch) => PLACE_NAME_READINGS[ch]!);

/** Compare two Chinese place names in pinyin order. */
export const compareZh = (a: string, b: string) => pinyin.compare(zhCollationKey(a), zhCollationKey(b));
