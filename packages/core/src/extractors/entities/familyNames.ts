/**
 * Issue 4, twentieth session: family names that come first in a person's name — Chinese (pinyin and Cantonese spellings), Korean
 * and Vietnamese — so that "Lu said" is "Lu Jiahao" and not a second person (`FAMILY_NAME_FIRST` in `runEntities.ts`). Common
 * romanisations only; those that are also everyday English words ("He", "Long", "Song", "Do") are left out.
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set(
  (
    // Chinese, pinyin
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin gao luo zheng liang xie tang han feng deng cao peng ' +
    'zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren yao shen zhong cui tan fan liao shi jin jia xia fu fang ' +
    'zou xiong bai meng qin qiu hou yin xue yan duan lei mao hao gu gong shao wan qian dai kong xiang niu geng ' +
    // Cantonese and other older spellings
    'wong chan cheung lau leung ng tsang lam chow tse yeung kwok chu fung mak kwan choi tsui yip tam poon chung chiang hsu chou ' +
    'kuo lai liao teng tsai tung yeh chao hsieh hung ' +
    // Korean
    'kim lee park choi jung chung kang cho yoon yun jang lim oh seo shin kwon hwang ahn ryu hong moon roh ' +
    // Vietnamese
    'nguyen tran pham hoang phan vu dang bui ngo duong'
  ).split(' '),
);
