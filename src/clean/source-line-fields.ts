import type { PartialDate } from "../types.js";
import { parseDate } from "./dates.js";

/**
 * The labelled fields Chinese, Japanese and Korean news sites print under a headline, run together
 * without separators: "2019-09-26 12:11来源：证券时报网作者：李在山", "发布时间：2019-05-18 来源：中国地理学会",
 * "来源：本站原创 作者：医技药剂党支部", "时间：2019-09-18 06:23 来源： 山西日报 浏览次数：12". Each label is
 * a word of the language followed by a colon, full-width or not; a line is a source line only when every
 * part of it is such a field (or a date before the first).
 */
export type FieldKind = "site" | "author" | "published" | "updated" | "ignored";

const LABELS: ReadonlyArray<[FieldKind, string]> = [
  ["site", "信息来源 来源 來源 出处 出處 稿源 출처 出典"],
  ["author", "作者 记者 記者 撰文 기자 筆者"],
  ["updated", "更新时间 更新時間 更新日期 更新日時 更新日 수정 최종수정"],
  ["published", "发布时间 發布時間 发布日期 發布日期 發佈時間 发表时间 發表時間 发表日期 发稿时间 時間 时间 日期 입력 등록 기사입력 公開日 公開日時 配信日時 配信日 掲載日"],
  // Counters, editors and font-size switches stand beside the fields and say nothing about the article.
  ["ignored", "浏览次数 瀏覽次數 浏览量 瀏覽量 浏览 瀏覽 阅读量 閱讀量 阅读 閱讀 点击数 點擊數 点击量 点击 點擊 人气 責任編輯 责任编辑 责编 編輯 编辑 字号 字號 조회수 조회"],
];

const KIND_OF_LABEL = new Map<string, FieldKind>();
for (const [kind, words] of LABELS) for (const word of words.split(" ")) KIND_OF_LABEL.set(word, kind);

/** Longest labels first, so "发布时间" is not read as "时间". */
const LABEL_RE = new RegExp(
  `(${[...KIND_OF_LABEL.keys()].sort((a, b) => b.length - a.length).join("|")})\\s*[:：]\\s*`,
  "gu",
);

/** A site or author value is a name, not a sentence. */
const MAX_VALUE_CHARS = 24;
const COUNTER = /^[\d,.\s]*(?:次|人|万)?$/u;

export interface LabelledFields {
  site?: string;
  author?: string;
  published?: PartialDate;
  updated?: PartialDate;
}

/** The fields of a labelled source line, or null when any part of the line is not a field. */
export function parseLabelledFields(line: string): LabelledFields | null {
  const labels = [...line.matchAll(LABEL_RE)];
  if (labels.length === 0) return null;
  const fields: LabelledFields = {};
  const lead = line.slice(0, labels[0].index).trim();
  if (lead !== "") {
    const date = parseDate(lead);
    if (date === null || date.text.length < lead.replace(/[|｜]\s*$/u, "").trim().length) return null;
    fields.published = date;
  }
  for (let i = 0; i < labels.length; i++) {
    const kind = KIND_OF_LABEL.get(labels[i][1])!;
    const end = i + 1 < labels.length ? labels[i + 1].index : line.length;
    const value = line.slice(labels[i].index! + labels[i][0].length, end).replace(/\s*[|｜]\s*$/u, "").trim();
    if (!acceptField(fields, kind, value)) return null;
  }
  // The label says what the line is: a lone "来源：新华社" is a source line, unlike a lone "Le Monde".
  return fields.published ?? fields.updated ?? fields.author ?? fields.site ? fields : null;
}

function acceptField(fields: LabelledFields, kind: FieldKind, value: string): boolean {
  if (value === "") return true;
  switch (kind) {
    case "published":
    case "updated": {
      const date = parseDate(value);
      if (date === null || date.text.length < value.length - 2) return false;
      fields[kind] ??= date;
      return true;
    }
    case "site":
    case "author":
      if (value.length > MAX_VALUE_CHARS || /[。！？!?]/u.test(value)) return false;
      fields[kind] ??= value;
      return true;
    case "ignored":
      return value.length <= MAX_VALUE_CHARS && (COUNTER.test(value) || !/[。！？!?]/u.test(value));
  }
}
