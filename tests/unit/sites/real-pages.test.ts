import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../src/knowledge/sources';
import { detectPage } from '../../../src/sites/detect-page';
import { findOfficialScope } from '../../../src/sites/official-hosts';

/**
 * Every official page read for the glossary (src/knowledge/sources, P keys and the reference's S keys),
 * by its address and its title as the page shows it, with what MyNa Guide must make of it: a page id, or
 * nothing. The expectation is written out per page; where the content script runs on the host, the
 * page gets a page of its site or nothing at all, and pages of hosts outside its scope always nothing.
 */
const READ_PAGES: readonly (readonly [key: string, url: string, title: string, expected: string | null])[] = [
  ["P10", "https://www.kojinbango-card.go.jp/tag/8/", "Contatos", "jlis/jlis-contact"],
  ["P11", "https://www.jpki.go.jp/ca/news/p02.html", "有効期間満了に伴う電子証明書の失効と更新手続きのお知らせ", "jpki/jpki-other"],
  ["P12", "https://www.jpki.go.jp/faq/digital_id/15.html", "電子証明書に関するご質問と回答", "jpki/jpki-faq"],
  ["P13", "https://www.kojinbango-card.go.jp/tsuchicard/", "個人番号通知書および通知カードについて", "jlis/jlis-notice"],
  ["P14", "https://mynumbercard.point.soumu.go.jp/service_suspension/", "施策1・2・3とは", "mynapoint/mynapoint"],
  ["P15", "https://mynumbercard.point.soumu.go.jp/faq/", "よくあるご質問", "mynapoint/mynapoint"],
  ["P1", "https://www.mhlw.go.jp/stf/newpage_40406.html", "マイナンバーカードの健康保険証利用についてよくある質問", "mhlw/mhlw-insurance"],
  ["S149", "https://www.moj.go.jp/isa/tokutei.html", "Q1-1 特定在留カード等とは何ですか。", "isa/isa-tokutei"],
  ["P16", "https://www.moj.go.jp/isa/publications/faq/newimmiact_4_q-and-a_page2.html", "在留カードをお持ちの方へ 知っておきたい!!在留管理制度 あれこれ", null],
  ["P5", "https://www.nta.go.jp/publication/pamph/koho/kurashi/html/06_3.htm", "マイナンバーカードによるe-Tax利用(マイナンバーカード方式)", "nta/nta-etax"],
  ["P17", "https://www.digi-katsu.go.jp/?download_id=1651755&smd_process_download=1", "スマートフォンアイフォン(iPhone)応用編", null],
  ["P6", "https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/honninkakunin_qa.htm", "(1) 本人確認(総論)", "nta/nta-mynumber"],
  ["P7", "https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/honninkakunin/shorui.htm", "個人番号の提供方法 番号確認 身元確認", "nta/nta-mynumber"],
  ["P8", "https://www.nenkin.go.jp/mynumber/kikoumynumber/1224.html", "日本年金機構におけるマイナンバーへの対応", "nenkin/nenkin-mynumber"],
  ["P9", "https://www.nenkin.go.jp/tokusetsu/jigyonushi-list.html", "「マイナンバー未収録者一覧」が届いた事業主の皆さまへ", "nenkin/nenkin-mynumber"],
  ["P18", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000121431_00050.html", "雇用保険被保険者数お知らせはがき(令和6年3月送付分)に関するFAQ", null],
  ["P19", "https://www.mofa.go.jp/mofaj/toko/passport/page22_004036.html", "国内からオンライン申請する", null],
  ["P20", "https://www.ru.emb-japan.go.jp/itpr_ja/20240527.html", "国外転出者向けマイナンバーカードの申請", null],
  ["P21", "https://www.jeju.kr.emb-japan.go.jp/itpr_ja/11_000001_01218.html", "国外転出者向けマイナンバーカード", null],
  ["P22", "https://www.fi.emb-japan.go.jp/itpr_ja/11_000001_00772.html", "国外転出者向けマイナンバーカードの手続き", null],
  ["P23", "https://www.sg.emb-japan.go.jp/itpr_ja/11_000001_00707.html", "領事情報:マイナンバーカード", null],
  ["P24", "https://www.si.emb-japan.go.jp/itpr_ja/11_000001_00895.html", "国外転出者向けマイナンバーカードの申請・交付", null],
  ["P25", "https://www.toronto.ca.emb-japan.go.jp/itpr_ja/mynumber.html", "国外転出者向けマイナンバーカードの申請・交付について", null],
  ["P26", "https://www.oman.emb-japan.go.jp/itpr_ja/munumber_1_00003.html", "国外転出者向けマイナンバーカードの申請・交付", null],
  ["P27", "https://www.moj.go.jp/content/001266204.txt", "法制審議会戸籍法部会 第6回会議 議事録", null],
  ["P28", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/denshishohousen_kokumin_QA.html", "電子処方箋(電子処方せん) Q&A(国民の皆さま向け)", null],
  ["P29", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/denshishohousen_kokumin.html", "電子処方せん(国民向け)", null],
  ["P3", "https://www.mhlw.go.jp/stf/newpage_08280.html", "オンライン資格確認について(医療機関・施術所等、システムベンダ向け)", "mhlw/mhlw-insurance"],
  ["P2", "https://www.mhlw.go.jp/stf/houdou_kouhou/kouhou_shuppan/magazine/202404_001.html", "疑問も不安も解消! 医療機関や薬局でマイナンバーカードを健康保険証として使おう", "mhlw/mhlw-insurance"],
  ["P30", "https://www.moj.go.jp/isa/applications/online/online-QA.html", "オンラインでの申請手続に関するQ&A", null],
  ["P31", "https://www.moj.go.jp/isa/applications/guide/online-QA.html", "Q1-1 在留申請オンラインシステムは誰が利用できますか。", null],
  ["P32", "https://www.moj.go.jp/isa/applications/online/10_00112.html", "外国人本人・法定代理人・親族(配偶者・子・父又は母)の方", null],
  ["P33", "https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/gensen.htm", "(1) 扶養控除等申告書関係", "nta/nta-mynumber"],
  ["P34", "https://www.nta.go.jp/publication/pamph/hotei/tebikihtml/2-2-23.htm", "「(備考)」欄", null],
  ["P35", "https://www.nta.go.jp/taxes/shiraberu/shinkoku/tebiki/2018/a/04/4_01.htm", "申告書を提出するときに、以下の書類をその区分に応じ添付するか又は提示しなければなりません。", null],
  ["P36", "https://www.nta.go.jp/law/tsutatsu/kihon/sake/2-22.htm", "1 申告義務等の承継", null],
  ["P37", "https://www8.cao.go.jp/kisei-kaikaku/oto/otodb/japanese/houseido/hou/lh_02050.html", "12.酒税法", null],
  ["P38", "https://www.mhlw.go.jp/stf/shingi/2r9852000001wxfq.html", "2011年7月27日 第35回中央最低賃金審議会 議事録", null],
  ["P39", "https://www.mhlw.go.jp/bunya/kenkou/kekkaku-kansenshou04/info_qa22.html", "新型インフルエンザワクチン接種事業(平成22年度)に関するQ&A", null],
  ["P40", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/kekkaku-kansenshou/infulenza/QA2022.html", "令和4年度インフルエンザQ&A", null],
  ["P41", "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/kenkou/kekkaku-kansenshou/infulenza/QA2024.html", "令和6年度インフルエンザQ&A", null],
  ["P42", "https://www.moj.go.jp/MINJI/minji05_00435.html", "あなたと家族をつなぐ相続登記 ~相続登記・遺産分割を進めましょう~", null],
  ["P43", "https://houmukyoku.moj.go.jp/saitama/category_00007.html", "人権擁護事務", null],
  ["P44", "https://www.moj.go.jp/jinkennet/kushiro/jinken_soudan.html", "人権に関するご相談", null],
  ["P45", "https://www.moj.go.jp/JINKEN/jinken20.html", "常設相談所(法務局・地方法務局・支局内)", null],
  ["P46", "https://www.moj.go.jp/JINKEN/index_chousa.html", "人権侵害を受けた方へ", null],
  ["P47", "https://www.e-tax.nta.go.jp/horeito/horei12.htm", "電子情報処理組織を使用して申請等を行う場合のファイル形式を定める告示", "etax/etax-other"],
  ["P48", "https://www.digi-katsu.go.jp/?download_id=1651828&smd_process_download=1", "スマートフォンアイフォン(iPhone)応用編", null],
  ["P49", "https://www.nenkin.go.jp/denshibenri_kojin/shinseisho/menjo_shinseisho.html", "国民年金保険料免除・納付猶予申請書の電子申請", null],
  ["P50", "https://www2.wam.go.jp/content/wamnet/pcpub/top/watch/20250624_001_sample.html", "従来の保険証の発行停止までの経緯", null],
  ["P51", "https://www.nta.go.jp/taxes/shiraberu/shinkoku/tebiki/2023/03/order5/3-5_04.htm", "公金受取口座の登録・利用", "nta/nta-mynumber"],
  ["P52", "https://www.nta.go.jp/taxes/shiraberu/shinkoku/qa/11.htm", "Q39 還付金はどのくらいで還付されるのですか。", null],
  ["P53", "https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/houteichosho_qa.htm", "(1) 法定調書関係(総論)", "nta/nta-mynumber"],
  ["P54", "https://www.nta.go.jp/mynumberinfo/FAQ/houteichosho_qa.htm", "法定調書に関するFAQ", "nta/nta-mynumber"],
  ["P55", "https://www.nta.go.jp/taxes/tetsuzuki/mynumberinfo/FAQ/gaiyou_qa.htm", "(1) 国税分野における利用", "nta/nta-mynumber"],
  ["P56", "https://www.nta.go.jp/mynumberinfo/FAQ/03houjinbangoukankei.htm", "法人番号に関するFAQ", "nta/nta-mynumber"],
  ["P57", "https://www.nta.go.jp/mynumberinfo/houjinbangou/tsuchisyo.htm", "通知書について", "nta/nta-mynumber"],
  ["P58", "https://www.la.us.emb-japan.go.jp/itpr_ja/news_ryoji_Mynumber.htm", "マイナンバー制度の導入", null],
  ["P59", "https://www.nl.emb-japan.go.jp/itpr_ja/r_mynumber.html", "マイナンバー制度(社会保障枝番号制度)", null],
  ["P60", "https://www.uk.emb-japan.go.jp/itpr_ja/mynumber.html", "マイナンバー制度の導入について", null],
  ["P61", "https://www.cas.go.jp/jp/seisaku/bangoseido/faq/index.html", "よくある質問(FAQ)", null],
  ["P62", "https://www.mhlw.go.jp/web/t_doc?dataId=00tc8113&dataType=1&pageNo=1", "○健康保険法施行規則の一部を改正する省令の公布等について(通知)", null],
  ["P63", "https://www.digital.go.jp/policies/account_registration/benefits", "公金受取口座を利用して受け取ることができる給付金等", "digital-agency/da-public-money"],
  ["P66", "https://www.digital.go.jp/policies/account_registration/", "公金受取口座登録制度", "digital-agency/da-public-money"],
  ["P67", "https://www.digital.go.jp/policies/mynumber_faq_06/", "よくある質問:マイナポータルについて", "digital-agency/da-card-faq"],
  ["P68", "https://faq.myna.go.jp/category/show/5?page=2&site_domain=default&sort=sort_access&sort_order=desc", "マイナポータルではマイナンバーを利用するのですか。漏えいは大丈夫ですか?", "myna-portal/portal-faq"],
  ["P69", "https://www.digital.go.jp/policies/mynumber/", "マイナンバー(個人番号)制度・マイナンバーカード", "digital-agency/da-mynumber"],
  ["P70", "https://www.digital.go.jp/policies/moving_onestop_service/faq-01/", "よくある質問:マイナポータルを通じたオンラインによる転出届・来庁予定の連絡(転入予約)について", "digital-agency/da-moving"],
  ["P71", "https://digital-agency-news.digital.go.jp/articles/2025-11-05", "【デジタル認証アプリ】事業に合わせた本人確認システムをスピーディーに実装。デジタル庁の伴走支援で実現", "digital-agency/da-other"],
  ["P72", "https://developers.digital.go.jp/documents/auth-and-sign/implement-guideline", "デジタル認証アプリ", "digital-agency/da-other"],
  ["P73", "https://www.digital.go.jp/assets/contents/node/basic_page/field_ref_resources/494e7749-cb53-4bdd-aeeb-49c26d5edbf5/20220105_mynumber_resources_03.txt", "マイナンバー(社会保障・税番号)制度のご案内", "digital-agency/da-other"],
  ["P74", "https://www.digital.go.jp/councils/mynumber-card-renewal/58b82d5b-338d-4f5b-be7e-7b771135e2c3", "次期個人番号カードタスクフォース(第4回)", "digital-agency/da-other"],
  ["P75", "https://digital.go.jp/councils/mynumber-card-renewal/8f5526a5-1a75-40e9-859b-281defa27d6c", "次期個人番号カードタスクフォース(第1回)", "digital-agency/da-other"],
  ["P76", "https://app.oss.myna.go.jp/Application/resources/faq/index.html", "よくある質問", "myna-portal/pittari-service"],
  ["P77", "https://digital.go.jp/policies/account_registration/benefits", "公金受取口座を利用して受け取ることができる給付金等", "digital-agency/da-public-money"],
  ["P78", "https://myna.go.jp/html/api/attributelinkage/index.html", "属性連携設定API", "myna-portal/portal-help"],
  ["P79", "https://myna.go.jp/html/api/userregistration/index.html", "利用者登録等API", "myna-portal/portal-help"],
  ["P80", "https://digital.go.jp/en/policies/mynumber_faq_03", "FAQ: About My Number Card", "digital-agency/da-card-faq"],
  ["P81", "https://www.digital.go.jp/en/policies/mynumber/local-government/faq", "Frequently Asked Questions: My Number Card Utilization for Local Governments", "digital-agency/da-mynumber"],
  ["P82", "https://www.digital.go.jp/en/policies/mynumber/private-business/faq", "Frequently Asked Questions (FAQs): My Number Card Utilization for private sector", "digital-agency/da-mynumber"],
  ["P83", "https://www.digital.go.jp/en/policies/account_registration/procedure-financial-institution", "How to Make a public money receiving account at a Financial Institute", "digital-agency/da-public-money"],
  ["P84", "https://digital.go.jp/en/policies/account_registration_faq_02", "Frequently Asked Questions: public money receiving account Registration", "digital-agency/da-public-money"],
  ["P85", "https://www.digital.go.jp/en/policies/account_registration_faq_02", "Frequently Asked Questions: About public money receiving account Registration", "digital-agency/da-public-money"],
  ["P86", "https://www.soumu.go.jp/english/soumu/index.html", "Guidance on the Ministry of Internal Affairs and Communications", null],
  ["P87", "https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/sitemap.html", "Site Map", null],
  ["P88", "https://digital.go.jp/en/councils/mynumber-digital-basis-wg/3c34892b-6704-4c74-b1c7-d461c4bccfff", "My Number System and National and Local Digital infrastructure Drastic Improvement Working Group (7th)", "digital-agency/da-other"],
  ["P89", "https://digital.go.jp/en/policies/mynumber_faq_01", "FAQs: About My Number System (Overview)", "digital-agency/da-card-faq"],
  ["P90", "https://www.digital.go.jp/en/policies/mynumber_faq_01", "FAQ: About My Number System", "digital-agency/da-card-faq"],
  ["P91", "https://digital.go.jp/en/policies/mynumber_faq_02", "FAQs: About My Number", "digital-agency/da-card-faq"],
  ["P92", "https://www.soumu.go.jp/main_sosiki/joho_tsusin/faq/denpa.html", "FAQの回答 【電波部 電波政策課】", null],
  ["P93", "https://www.soumu.go.jp/senkyo/senkyo_s/naruhodo/naruhodo05.html", "なるほど!選挙", null],
  ["P94", "https://www.soumu.go.jp/menu_news/s-news/02tsushin02_02000025.html", "平成22年「情報通信に関する現状報告」(平成22年版情報通信白書)の公表", null],
  ["P95", "https://www.soumu.go.jp/menu_news/s-news/01tsushin02_02000113.html", "<公表方法及びスケジュール>", null],
  ["P96", "https://www.soumu.go.jp/johotsusintokei/whitepaper/ja/r04/html/nb000000.html", "令和4年 情報通信に関する現状報告の概要", null],
  ["P97", "https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu/index.html", "外国人住民に係る住民基本台帳制度", null],
  ["P98", "https://www.soumu.go.jp/main_sosiki/jichi_gyousei/c-gyousei/zairyu_shousai01.html", "1 外国人住民に係る住民票を作成する対象者について", null],
  ["P99", "https://www.soumu.go.jp/kojinbango_card/kojinninshou-01.html?ref=bfemdia.jp", "マイナンバーカードに搭載される電子証明書(公的個人認証サービス)についてご説明します。", "mic/mic-card"],
  ["P100", "https://www.soumu.go.jp/kojinbango_card/kojinninshou-01.html", "公的個人認証サービスによる電子証明書", "mic/mic-card"],
  ["P101", "https://www.soumu.go.jp/kojinbango_card/02.html", "通知カード", "mic/mic-card"],
  ["P102", "https://digital.go.jp/policies/mynumber/safety", "マイナンバーカードの安全性", "digital-agency/da-mynumber"],
  ["P103", "https://www.digital.go.jp/en/policies/mynumber/expiration-date", "My Number Card and electronic certification Expiration and Renewals", "digital-agency/da-expiration"],
  ["P104", "https://www.digital.go.jp/en/policies/mynumber/pros-and-safety", "About My Number Card", "digital-agency/da-mynumber"],
  ["P105", "https://digital.go.jp/policies/mynumber/local-government/mykey-platform/terms-of-use", "マイキープラットフォーム利用規約", "digital-agency/da-mynumber"],
  ["P106", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/5560e028-18ee-4857-bd9a-3ebdaf539faa", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第6回)", "digital-agency/da-other"],
  ["P107", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/67c1bfe0-5b2d-4c28-a7a1-5d864f72d1f1/", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第4回)", "digital-agency/da-other"],
  ["P108", "https://digital.go.jp/councils/mynumber-digital-basis-wg/67c1bfe0-5b2d-4c28-a7a1-5d864f72d1f1", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第4回)", "digital-agency/da-other"],
  ["P109", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/bKRna084/", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第1回)", "digital-agency/da-other"],
  ["P110", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/f0513b8b-e8a5-4b3e-a85e-93d6dd51ab69/", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第8回)", "digital-agency/da-other"],
  ["P111", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/Pwml-5Z0/", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第3回)", "digital-agency/da-other"],
  ["P112", "https://www.digital.go.jp/councils/mynumber-digital-basis-wg/72b46e0b-fbce-43a6-bd27-f0420b5064a2/", "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ(第5回)", "digital-agency/da-other"],
  ["P113", "https://www.digital.go.jp/councils/social-concept/3551d7d1-7c8d-4e61-8731-6b72d10c307c/", "第8回デジタル社会構想会議", "digital-agency/da-other"],
  ["P114", "https://www.digital.go.jp/policies/account_registration_faq_01", "よくある質問:公金受取口座登録制度", "digital-agency/da-public-money"],
  ["P115", "https://digital.go.jp/en/policies/mynumber/faq-insurance-card", "FAQ: Using the My Number Card as the Health Insurance Certificate", "digital-agency/da-insurance"],
  ["P116", "https://digital.go.jp/en/policies/mynumber/local-government/faq", "FAQ: For local government who want to start using My Number Card (Japanese Public Key Infrastructure (JPKI))", "digital-agency/da-mynumber"],
  ["P117", "https://digital.go.jp/en/policies/mynumber/local-government/mykey-platform/privacy-policy", "Mykey Platform personal data Protection Policies", "digital-agency/da-mynumber"],
  ["P118", "https://digital.go.jp/en/councils/mynumber-digital-basis-wg/72b46e0b-fbce-43a6-bd27-f0420b5064a2", "My Number System and National and Local Digital infrastructure Drastic Improvement Working Group (5th)", "digital-agency/da-other"],
  ["P119", "https://digital.go.jp/en/councils/mynumber-digital-basis-wg/Pwml-5Z0", "My Number System and National and Local Digital infrastructure Drastic Improvement Working Group (3rd)", "digital-agency/da-other"],
  ["P120", "https://digital.go.jp/en/councils/mynumber-digital-basis-wg/5560e028-18ee-4857-bd9a-3ebdaf539faa", "My Number System and national and local Digital infrastructure Drastic Improvement Working Group (6th)", "digital-agency/da-other"],
  ["P121", "https://digital.go.jp/en/councils/mynumber-digital-basis-wg/-WRAugzZ", "My Number System and National and Local Digital infrastructure Drastic Improvement Working Group (2nd)", "digital-agency/da-other"],
];

function documentTitled(title: string): Document {
  const doc = document.implementation.createHTMLDocument(title);
  const heading = doc.createElement('h1');
  heading.textContent = title;
  doc.body.append(heading);
  return doc;
}

describe('the official pages read for the glossary', () => {
  it('are more than a hundred, each with a registry entry of the same address when the key is cited', () => {
    expect(READ_PAGES.length).toBeGreaterThan(100);
    for (const [key, url] of READ_PAGES) {
      const source = SOURCES[key];
      if (source === undefined) continue;
      const same = (a: string) => a.replace(/^http:/, 'https:').replace(':443/', '/') === url;
      expect(same(source.url) || (source.also ?? []).some(same), `${key}: ${url}`).toBe(true);
    }
  });

  it.each(READ_PAGES.map(([key, url, title, expected]) => [`${key} ${url}`, url, title, expected] as const))(
    '%s is %s',
    (_name, url, title, expected) => {
      const match = detectPage(url, documentTitled(title));
      expect(match === null ? null : `${match.site}/${match.page}`).toBe(expected);
      // Outside the content script's scope nothing is shown, whatever the page.
      if (findOfficialScope(new URL(url)) === null && !/\.(digital|nta|kojinbango-card)\.go\.jp$/.test(new URL(url).hostname)) {
        expect(match).toBeNull();
      }
    },
  );
});
