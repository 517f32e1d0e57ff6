/** Where a fact of the knowledge data comes from: the entry for one source key (S42, S110b, G1-b, P1 …). */
export interface Source {
  /** The address of the page; for a file of the public code index, `github-code-index:<its first id>`. */
  url: string;
  /** More addresses when the reference gives several. */
  also?: readonly string[];
  /** Who published it, in English: "J-LIS", "Digital Agency", "Bunkyo City", "Impress Watch" … */
  publisher: string;
  /** Official: a national government host (*.go.jp). Municipal: a prefecture, city, town or village. Secondary: anything else. */
  kind: 'official' | 'municipal' | 'secondary';
  /** When the source was last checked: 'YYYY-MM-DD', or 'YYYY-MM' where only the month is known. */
  checked: string;
  /** What it is, where the address does not say. */
  title?: string;
}
