/**
 * What makes a ministry's page one of ours: its title or main heading is about the card, its
 * certificates, MyNa Portal, the health-insurance use, the public-money account, the 特定在留カード or
 * the My Number itself. Read from the real pages' titles (NFKC-normalized, so full-width letters and
 * brackets are already folded). Everything else on those hosts is not about the card.
 */
export const CARD_TOPIC =
  /マイナンバーカード|個人番号カード|マイナ保険証|マイナ免許証|マイナポータル|公金受取口座|電子証明書|公的個人認証|特定在留カード|特定特別永住者証明書|資格確認書|オンライン資格確認/;

/** The number itself and the system around it: マイナンバー, 個人番号, 社会保障・税番号制度. */
export const MY_NUMBER_TOPIC = /マイナンバー|個人番号|番号制度|番号法/;

/** Both: a page about the card or about the number. */
export const CARD_OR_NUMBER_TOPIC = new RegExp(`${CARD_TOPIC.source}|${MY_NUMBER_TOPIC.source}`);
