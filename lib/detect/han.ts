// Every keyword is Chinese: a text without Han characters is settled at once.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}
