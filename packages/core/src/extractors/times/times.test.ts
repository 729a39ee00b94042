import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../pipeline/createPipeline.js';
import { findSpanProblems, spanOf } from '../../testing/index.js';
import type { Analysis, TimeType } from '../../types/analysis.js';
import { mentions } from '../mentions/mentions.js';
import { segmentation } from '../segmentation/segmentation.js';
import { times } from './times.js';

const seed = readFileSync(fileURLToPath(new URL('../../../../../examples/articles/putin-istanbul-talks.txt', import.meta.url)), 'utf8');
const pipeline = createPipeline([segmentation(), mentions(), times()]);
const analyze = (text: string, publishedAt: string | null = '2025-05-15'): Promise<Analysis> => pipeline.analyze({ text, publishedAt });

describe('times on the seed article', async () => {
  const a = await analyze(seed);

  it('resolves the relative and absolute dates against publishedAt', () => {
    expect(findSpanProblems(a)).toEqual([]);
    const byText = Object.fromEntries(a.times.map((t) => [t.text, [t.type, t.value]]));
    expect(byText.Wednesday).toEqual(['date', '2025-05-14']);
    expect(byText['December 2019']).toEqual(['date', '2019-12']);
    // TimeML keeps "just" outside the expression
    expect(byText['days ago']).toEqual(['date', 'PAST_REF']);
    expect(a.times.find((t) => t.text === 'Wednesday')).toMatchObject(spanOf(a.article.text, 'Wednesday'));
  });

  it('leaves relative dates underspecified without publishedAt', async () => {
    const b = await analyze(seed, null);
    const byText = Object.fromEntries(b.times.map((t) => [t.text, t.value]));
    expect(byText.Wednesday).toBe('XXXX-WXX-3');
    expect(byText['December 2019']).toBe('2019-12');
  });
});

describe('the time grammar', () => {
  it.each([
    // [text, expression, type, value] — publishedAt is Thursday 2025-05-15
    ['Putin announced Wednesday he would stay away.', 'Wednesday', 'date', '2025-05-14'],
    ['He will travel on Friday to meet them.', 'Friday', 'date', '2025-05-16'],
    ['The vote was held Thursday.', 'Thursday', 'date', '2025-05-15'],
    ['They met last Monday and again last week.', 'last Monday', 'date', '2025-05-12'],
    ['They met last Monday and again last week.', 'last week', 'date', '2025-W19'],
    ['Talks resume next month, not next year.', 'next month', 'date', '2025-06'],
    ['Talks resume next month, not next year.', 'next year', 'date', '2026'],
    ['Putin and Zelensky last met in person in December 2019.', 'December 2019', 'date', '2019-12'],
    ['The deal was signed on May 5, 2021 in Geneva.', 'May 5, 2021', 'date', '2021-05-05'],
    ['The deal was signed on 5 May 2021 in Geneva.', '5 May 2021', 'date', '2021-05-05'],
    ['The summit took place in March.', 'March', 'date', '2025-03'],
    ['The summit took place in December.', 'December', 'date', '2024-12'],
    ['Sales fell in 2019 and rose in early 2020.', '2019', 'date', '2019'],
    ['Sales fell in 2019 and rose in early 2020.', 'early 2020', 'date', '2020'],
    ['It has grown over the past decade.', 'the past decade', 'duration', 'P10Y'],
    ['Prices rose 5% in the past year.', 'the past year', 'date', '2024'],
    ['The war has lasted three years.', 'three years', 'duration', 'P3Y'],
    ['They agreed a 30-day ceasefire.', '30-day', 'duration', 'P30D'],
    ['He resigned two weeks ago.', 'two weeks ago', 'date', '2025-W18'],
    ['He resigned three days ago.', 'three days ago', 'date', '2025-05-12'],
    ['Just days ago, Putin called for talks.', 'days ago', 'date', 'PAST_REF'],
    ['Rates rose earlier this year.', 'earlier this year', 'date', '2025'],
    ['It happened yesterday morning.', 'yesterday morning', 'time', '2025-05-14TMO'],
    ['The talks begin at 3pm.', '3pm', 'time', '2025-05-15T15:00'],
    ['The talks begin at 10:30 a.m. GMT.', '10:30 a.m. GMT', 'time', '2025-05-15T10:30'],
    ['The board meets every Monday.', 'every Monday', 'set', 'XXXX-WXX-1'],
    ['Mothers get £100 a week.', 'a week', 'set', 'P1W'],
    ['The economy boomed in the 1990s.', 'the 1990s', 'date', '199'],
    ['Sales in the first quarter of 2024 fell.', 'the first quarter of 2024', 'date', '2024-Q1'],
    // TimeBank conventions: determiners and modifiers, quarters, fiscal years, news anchoring
    // a quarter that has not begun by publication is last year's, unless the sentence looks ahead
    ['Third-quarter profit rose 11%.', 'Third-quarter', 'date', '2024-Q3'],
    ['Third-quarter profit will rise 11%.', 'Third-quarter', 'date', '2025-Q3'],
    ['Profit rose in the first quarter, from $3 million a year ago.', 'a year ago', 'date', '2024-Q1'],
    ['Profit rose in the third quarter, from $3 million a year ago.', 'a year ago', 'date', '2023-Q3'],
    ['Net fell in the latest quarter.', 'the latest quarter', 'date', '2025-Q1'],
    ['Net rose from the year-ago quarter.', 'the year-ago quarter', 'date', '2024-Q1'],
    ['Sales were flat in fiscal 1989.', 'fiscal 1989', 'date', '1989'],
    ['Net income fell from a year earlier.', 'a year earlier', 'date', '2024'],
    ['A 1996 law tightened the embargo.', '1996', 'date', '1996'],
    ['He was convicted in nineteen ninety-one.', 'nineteen ninety-one', 'date', '1991'],
    ['It rained over the weekend.', 'the weekend', 'date', '2025-W19-WE'],
    ['Nobody knows what the future holds.', 'the future', 'date', 'FUTURE_REF'],
    ['Shops opened at 10 p.m. Wednesday.', '10 p.m. Wednesday', 'time', '2025-05-14T22:00'],
    ['She spent about five hours there.', 'five hours', 'duration', 'PT5H'],
    ['She waited more than four hours.', 'more than four hours', 'duration', 'PT4H'],
    ['Net income for the nine months rose.', 'the nine months', 'duration', 'P9M'],
    ['The dividend will be paid to holders of record Nov. 15.', 'Nov. 15', 'date', '2025-11-15'],
    ['They said they would appeal the decision, announced Monday.', 'Monday', 'date', '2025-05-12'],
    ['The ruling could come as early as Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['The payment is due in January.', 'January', 'date', '2026-01'],
    ['The report is due on 2025-06-01.', '2025-06-01', 'date', '2025-06-01'],
  ] as const)('%s → "%s" %s %s', async (text, expression, type: TimeType, value) => {
    const a = await analyze(text);
    expect(findSpanProblems(a)).toEqual([]);
    const s = spanOf(text, expression);
    const t = a.times.find((x) => x.start === s.start && x.end === s.end);
    expect(t, `no time expression "${expression}" in ${JSON.stringify(a.times.map((x) => x.text))}`).toBeDefined();
    expect([t!.type, t!.value]).toEqual([type, value]);
  });

  it.each([
    'Joanna May said she may resign.',
    'The 6-year-old boy stayed in Miami.',
    'Mr. Hallam, 52 years old, resigned.',
    'The Communist Party daily Tribuna printed it.',
    'Putin and Zelensky did not meet.',
    'The 1,200 troops stayed in the barracks.',
    'He listened to the Today programme.',
    // the present or the future in general (TimeBank leaves them unmarked)
    'Manners are losing their place in today’s society.',
    'They are the leaders of tomorrow.',
    '',
  ])('finds no date in %j', async (text) => {
    const a = await analyze(text);
    expect(a.times.filter((t) => t.value !== 'PRESENT_REF' && t.value !== 'PAST_REF')).toEqual([]);
  });

  it.each([
    // [text, expression, type, value] — news conventions, publishedAt Thursday 2025-05-15
    // weekdays: a possessive day has happened; a plan that "had been" made is past; "could not be" is no future
    ['The lawyers said they would appeal Wednesday’s ruling.', 'Wednesday', 'date', '2025-05-14'],
    ['They will look for ways to get around Wednesday’s ruling.', 'Wednesday', 'date', '2025-05-14'],
    ['The offer had been scheduled to expire Friday.', 'Friday', 'date', '2025-05-09'],
    ['The company announced the plan Monday.', 'Monday', 'date', '2025-05-12'],
    ['The minister could not be reached Tuesday.', 'Tuesday', 'date', '2025-05-13'],
    ['The rebels plan to attack Saturday.', 'Saturday', 'date', '2025-05-17'],
    // months: with no tense cue the nearest one, leaning to the past; a month as a modifier
    ['The October attack killed five.', 'October', 'date', '2024-10'],
    ['Job figures for April were strong.', 'April', 'date', '2025-04'],
    // holidays
    ['The boy was found on Thanksgiving Day.', 'Thanksgiving Day', 'date', '2024-11-28'],
    ['They hope to meet again by Christmas.', 'Christmas', 'date', '2025-12-25'],
    ['The ceasefire collapsed last Christmas.', 'last Christmas', 'date', '2024-12-25'],
    ['Fighting resumed after New Year’s Day.', 'New Year’s Day', 'date', '2025-01-01'],
    ['Protests grew as Easter week began.', 'Easter week', 'date', '2025-W16'],
    ['The treaty was signed on Christmas Eve 1991.', 'Christmas Eve 1991', 'date', '1991-12-24'],
    // vague references
    ['The ministry will soon publish the figures.', 'soon', 'date', 'FUTURE_REF'],
    ['Rates may fall in coming months.', 'coming months', 'duration', 'PXM'],
    ['Prices fell in recent years.', 'recent years', 'duration', 'PXY'],
    ['Prices are high these days.', 'these days', 'date', 'PRESENT_REF'],
    ['The risks are large in the near term.', 'the near term', 'date', 'FUTURE_REF'],
    ['Just days ago, Putin called for talks.', 'days ago', 'date', 'PAST_REF'],
    ['It has grown over the past decade.', 'the past decade', 'duration', 'P10Y'],
    ['Crime fell through the nineties.', 'the nineties', 'date', '199'],
    // durations: halves, couples, "more", quarters
    ['Refugees lived in camps for 2 1/2 years.', '2 1/2 years', 'duration', 'P2Y6M'],
    ['The meeting lasted two and a half hours.', 'two and a half hours', 'duration', 'PT2H30M'],
    ['It will not change for a couple of years.', 'a couple of years', 'duration', 'P2Y'],
    ['The boy will stay for two more weeks.', 'two more weeks', 'duration', 'P2W'],
    ['The firm lost money in the past two quarters.', 'the past two quarters', 'duration', 'P2Q'],
    ['It pays interest every quarter.', 'every quarter', 'set', 'P1Q'],
    ['Orangemen march each July.', 'each July', 'set', 'XXXX-07'],
    // anchored to what the text named before, or to the year of publication
    ['The deal was signed on May 5, 2021. He left that same day.', 'that same day', 'date', '2021-05-05'],
    ['He fled in June 1998 and returned later that year.', 'later that year', 'date', '1998'],
    ['The merger should close by year end.', 'year end', 'date', '2025'],
    ['Sales for the full year rose 13%.', 'the full year', 'date', '2025'],
    ['It could take effect in next year’s first quarter.', 'next year’s first quarter', 'date', '2026-Q1'],
    // a month with a relative year; "the following …" after the last date named
    ['In June last year, the leadership split.', 'June last year', 'date', '2024-06'],
    ['Talks began in January of this year.', 'January of this year', 'date', '2025-01'],
    ['He was promoted on May 22, 1995, and the following year he left.', 'the following year', 'date', '1996'],
    ['In March 2019 the firm was sold. The following month, it closed.', 'The following month', 'date', '2019-04'],
    ['He was arrested on March 3, 2020 and freed the next day.', 'the next day', 'date', '2020-03-04'],
    ['The bomb exploded on Aug. 7, 1998. That week, embassies closed.', 'That week', 'date', '1998-W32'],
    ['A hearing is set for the week of June 2, 2025.', 'the week of June 2, 2025', 'date', '2025-W23'],
    // the tense of the clause a date opens, deadlines and timetables
    ['In January, the company brought in a new chief executive.', 'January', 'date', '2025-01'],
    ['On Friday, the government planned to pay the first claims.', 'Friday', 'date', '2025-05-09'],
    ['On Tuesday, the court will hear the appeal.', 'Tuesday', 'date', '2025-05-20'],
    ['The bank must repay the loan by February.', 'February', 'date', '2026-02'],
    ['Shares will be redeemed, effective Feb. 1.', 'Feb. 1', 'date', '2026-02-01'],
    ['Trading is to resume in Paris Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['The Senate convenes Tuesday to debate the bill.', 'Tuesday', 'date', '2025-05-20'],
    ['Police are investigating the attack on Monday.', 'Monday', 'date', '2025-05-12'],
    ['Ministers are meeting in Brussels on Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['The plan was announced last week and takes effect in June.', 'June', 'date', '2025-06'],
    ['The law took effect in June.', 'June', 'date', '2024-06'],
    ['The polling station opens at 7 a.m. on Monday.', '7 a.m.', 'time', '2025-05-19T07:00'],
    // eras, seasons and halves
    ['The group held power in the late 1970s.', 'the late 1970s', 'date', '197'],
    ['It was one of the events of the 20th century.', 'the 20th century', 'date', '19'],
    ['Rents peaked in the winter of nineteen ninety-six.', 'the winter of nineteen ninety-six', 'date', '1996-WI'],
    ['The unit was scrapped this past spring.', 'this past spring', 'date', '2025-SP'],
    ['Margins should narrow in the second half of this year, analysts say.', 'the second half of this year', 'date', '2025-H2'],
    ['Sales in H1 2024 grew.', 'H1 2024', 'date', '2024-H1'],
    // numeric dates (US order unless the first number cannot be a month)
    ['The filing dated 5/14/2013 was late.', '5/14/2013', 'date', '2013-05-14'],
    ['The letter dated 14/05/2013 was late.', '14/05/2013', 'date', '2013-05-14'],
  ] as const)('%s → "%s" %s %s', async (text, expression, type: TimeType, value) => {
    const a = await analyze(text);
    const s = spanOf(text, expression);
    const t = a.times.find((x) => x.start === s.start && x.end === s.end);
    expect(t, `no time expression "${expression}" in ${JSON.stringify(a.times.map((x) => x.text))}`).toBeDefined();
    expect([t!.type, t!.value]).toEqual([type, value]);
  });

  it.each([
    // [text, expression, type, value] — ordinary modern news, publishedAt Thursday 2025-05-15
    ['The minister resigned on Tuesday.', 'Tuesday', 'date', '2025-05-13'],
    ['Officials will meet on Tuesday to discuss the plan.', 'Tuesday', 'date', '2025-05-20'],
    ['Ukraine said on Sunday that it had struck a depot.', 'Sunday', 'date', '2025-05-11'],
    ['The agency said late Friday that it would appeal.', 'late Friday', 'date', '2025-05-09'],
    ['Monday’s announcement surprised investors.', 'Monday', 'date', '2025-05-12'],
    ['Inflation rose last month, the data showed.', 'last month', 'date', '2025-04'],
    ['Prices have climbed earlier this year.', 'earlier this year', 'date', '2025'],
    ['The data was released earlier this month.', 'earlier this month', 'date', '2025-05'],
    ['The results will be published later this week.', 'later this week', 'date', '2025-W20'],
    ['Last week, the central bank raised rates.', 'Last week', 'date', '2025-W19'],
    ['The bank expects to cut rates in the coming weeks.', 'the coming weeks', 'duration', 'PXW'],
    ['Aid will arrive in the coming days.', 'the coming days', 'duration', 'PXD'],
    ['He left the company two years ago.', 'two years ago', 'date', '2023'],
    ['A decade ago, the town had no school.', 'A decade ago', 'date', '2015'],
    ['Unemployment is at its lowest level since 2019.', '2019', 'date', '2019'],
    ['The company aims to be carbon neutral by the end of 2025.', 'the end of 2025', 'date', '2025'],
    ['She will retire at the end of the month.', 'the end of the month', 'date', '2025-05'],
    ['Revenue rose 12% in Q3, the firm said.', 'Q3', 'date', '2024-Q3'],
    // "expects", "aims to", "forecast to", "likely to" look ahead
    ['The firm expects revenue to rise in Q3.', 'Q3', 'date', '2025-Q3'],
    ['The firm expects sales to grow in the fourth quarter.', 'the fourth quarter', 'date', '2025-Q4'],
    ['The company aims to launch the product in September.', 'September', 'date', '2025-09'],
    ['The storm is forecast to hit on Saturday.', 'Saturday', 'date', '2025-05-17'],
    ['The ceasefire took effect at midnight.', 'midnight', 'time', '2025-05-15T24:00'],
    ['Polls close at 5 p.m. ET.', '5 p.m. ET', 'time', '2025-05-15T17:00'],
    ['The speech is scheduled for noon ET on Friday.', 'noon ET', 'time', '2025-05-16T12:00'],
    ['The offer expires at 5 p.m. on Friday.', '5 p.m.', 'time', '2025-05-16T17:00'],
    ['The talks start at 12 noon.', '12 noon', 'time', '2025-05-15T12:00'],
    ['As of today, 50 people have died.', 'today', 'date', '2025-05-15'],
    ['Sales grew for the first time in years.', 'years', 'duration', 'PXY'],
    ['The plant will close over the next two years or so.', 'the next two years or so', 'duration', 'P2Y'],
    ['Then, a week or so ago, he left.', 'a week or so ago', 'date', '2025-W19'],
    // wire-copy clock times with a zone; a year is not a time before a zone
    ['The talks will start at 1300 GMT.', '1300 GMT', 'time', '2025-05-15T13:00'],
    ['Trading halted at 2000 GMT on Wednesday.', '2000 GMT', 'time', '2025-05-14T20:00'],
    ['Police said the suspect fled at around 11.30pm.', 'around 11.30pm', 'time', '2025-05-15T23:30'],
    // short month names without their period
    ['The deal was signed Sept 11, 2001.', 'Sept 11, 2001', 'date', '2001-09-11'],
    ['The strike began Dec 5.', 'Dec 5', 'date', '2024-12-05'],
    ['The summit is set for Friday, May 16.', 'Friday, May 16', 'date', '2025-05-16'],
    ['Voters head to the polls on 4 July.', '4 July', 'date', '2025-07-04'],
    ['The riot on Jan. 6, 2021 shocked the nation.', 'Jan. 6, 2021', 'date', '2021-01-06'],
    ['Protests continued Thursday night.', 'Thursday night', 'time', '2025-05-15TNI'],
    ['She spoke to reporters this morning.', 'this morning', 'time', '2025-05-15TMO'],
    ['Sales have fallen over the past two weeks.', 'the past two weeks', 'duration', 'P2W'],
    ['The outage lasted for the past 24 hours.', 'the past 24 hours', 'duration', 'PT24H'],
    ['Emissions must fall over the next decade.', 'the next decade', 'duration', 'P10Y'],
    ['Patriot has changed over the years.', 'the years', 'duration', 'PXY'],
    ['Funds may sell junk bonds in the weeks ahead.', 'the weeks ahead', 'duration', 'PXW'],
    ['The law was passed in mid-2024.', 'mid-2024', 'date', '2024'],
    ['Tourism will recover this summer.', 'this summer', 'date', '2025-SU'],
    ['The cuts, announced in September, take effect in January.', 'January', 'date', '2026-01'],
    ['The survey is carried out every year.', 'every year', 'set', 'P1Y'],
    ['Prices rose 18.7%, compared with a year prior.', 'a year prior', 'date', '2024'],
    ['The tradition dates back to the 19th century.', 'the 19th century', 'date', '18'],
    ['Shares rose 2%, down from the previous Friday.', 'previous Friday', 'date', '2025-05-09'],
    // a present copula names a time to come; "until" defers to the clause it opens
    ['The deadline is Friday.', 'Friday', 'date', '2025-05-16'],
    ['The election is in November.', 'November', 'date', '2025-11'],
    ['Until Tuesday, the police had not named a suspect.', 'Tuesday', 'date', '2025-05-13'],
    ['It was not until Monday that he resigned.', 'Monday', 'date', '2025-05-12'],
    ['The embargo will last until June.', 'June', 'date', '2025-06'],
    ['Output grew in the second quarter of this year.', 'the second quarter of this year', 'date', '2025-Q2'],
    ['Sales rose in Q3 of last year.', 'Q3 of last year', 'date', '2024-Q3'],
    ['The law was passed in the year 2000.', 'the year 2000', 'date', '2000'],
    ['Music from the ’90s is back.', 'the ’90s', 'date', '199'],
    ['He grew up in the 1970s and \'80s.', '80s', 'date', '198'],
    ['Overnight, the rebels shelled the city.', 'Overnight', 'time', '2025-05-14TNI'],
    ['Rates may rise later in the year.', 'later in the year', 'date', '2025'],
    // fiscal years, seasons, sets of weekdays
    ['Revenue rose in fiscal year 2024.', 'fiscal year 2024', 'date', '2024'],
    ['Revenue rose in the 2024 fiscal year.', 'the 2024 fiscal year', 'date', '2024'],
    ['Revenue will rise next fiscal year.', 'next fiscal year', 'date', '2026'],
    ['Revenue fell in the fiscal year ended June 30.', 'the fiscal year', 'duration', 'P1Y'],
    ['Sales rose in the summer.', 'the summer', 'date', '2024-SU'],
    ['Sales rose in the summer of 2023.', 'the summer of 2023', 'date', '2023-SU'],
    ['The shop is closed on Sundays.', 'Sundays', 'set', 'XXXX-WXX-7'],
    ['The debates are on Saturday nights.', 'Saturday nights', 'set', 'XXXX-WXX-6TNI'],
    // sixth version: tense cues of plans and timetables
    ['The address, to be delivered Wednesday, was revised.', 'Wednesday', 'date', '2025-05-21'],
    ['Polls tightened ahead of Saturday’s caucus.', 'Saturday', 'date', '2025-05-17'],
    ['Until Monday’s announcement, shares were flat.', 'Monday', 'date', '2025-05-12'],
    ['The endorsement will give her the lift she needs for a good showing Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['Voters will back her because of the flood in Ohio on Friday.', 'Friday', 'date', '2025-05-09'],
    ['Ministers meet in Brussels on Monday.', 'Monday', 'date', '2025-05-19'],
    ['Voters head to the polls on Sunday.', 'Sunday', 'date', '2025-05-18'],
    ['The Fed chair testifies before Congress on Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['Starting Monday, shops must close early.', 'Monday', 'date', '2025-05-19'],
    ['Beginning in June, fares rise 5%.', 'June', 'date', '2025-06'],
    ['The rally is at 8 p.m. on Saturday.', 'Saturday', 'date', '2025-05-17'],
    ['The talks will resume after the weekend.', 'the weekend', 'date', '2025-W20-WE'],
    // possessive months, rates, fiscal years, anaphora, holidays
    ["October's uptick surprised economists.", 'October', 'date', '2024-10'],
    ['The board meets twice a week.', 'twice a week', 'set', 'P1W'],
    ['Trains run three times a day.', 'three times a day', 'set', 'P1D'],
    ['The panel meets once a month.', 'once a month', 'set', 'P1M'],
    ['The levy would raise $40 billion a year.', 'a year', 'set', 'P1Y'],
    ['She works 60 hours a week.', 'a week', 'set', 'P1W'],
    ['Bins are collected every other week.', 'every other week', 'set', 'P2W'],
    ['The museum is open on weekends.', 'weekends', 'set', 'XXXX-WXX-WE'],
    ['Revenue rose in FY2024.', 'FY2024', 'date', '2024'],
    ['Revenue rose 4% in FY24.', 'FY24', 'date', '2024'],
    ['Revenue will rise in FY 2026.', 'FY 2026', 'date', '2026'],
    ['Sales doubled in 2023 compared with the year before.', 'the year before', 'date', '2022'],
    ['The vote was on Monday. He had arrived the day before.', 'the day before', 'date', '2025-05-11'],
    ['He will return in a fortnight.', 'a fortnight', 'duration', 'P2W'],
    ['He spent a year in jail.', 'a year', 'duration', 'P1Y'],
    ['Shoppers flocked to stores on Black Friday.', 'Black Friday', 'date', '2024-11-29'],
    ["Valentine's Day sales rose.", "Valentine's Day", 'date', '2025-02-14'],
    ['About half the vote will be in by Election Day.', 'Election Day', 'date', '2025-11-04'],
    ['He won big on Super Tuesday.', 'Super Tuesday', 'date', '2025-03-04'],
    ['She opened the bakery in 2011, the year she moved to Leeds.', 'the year', 'date', '2011'],
    ['Fees have been frozen since March 2019, and the board may act at its last session of the year.', 'the year', 'date', '2025'],
    ['She first protested in 2022, the summer the ruling came down.', 'the summer', 'date', '2022-SU'],
    ['The Senate must act before the Sept. 30 deadline.', 'Sept. 30', 'date', '2025-09-30'],
    ['Rates will stay on hold until at least September.', 'at least September', 'date', '2025-09'],
    ['The government plans 1.5 million homes by the end of the decade.', 'the end of the decade', 'date', '202'],
    ['Officials will meet later this afternoon.', 'later this afternoon', 'time', '2025-05-15TAF'],
    ['The blast happened late Tuesday night.', 'late Tuesday night', 'time', '2025-05-13TNI'],
    // seventh version: present-tense timetables, reported futures, refusals, ranges
    ['Vermont holds its state primary on Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['The Senate votes on the bill Wednesday.', 'Wednesday', 'date', '2025-05-21'],
    ['Nevada, which votes Feb. 23, leans to Calder.', 'Feb. 23', 'date', '2026-02-23'],
    ['Voters go to the polls on Sunday.', 'Sunday', 'date', '2025-05-18'],
    ['The two sides resume talks on Monday.', 'Monday', 'date', '2025-05-19'],
    ['The court hears arguments in the case on Monday.', 'Monday', 'date', '2025-05-19'],
    ['Once the levy goes into effect on Jan. 15, drivers will pay less.', 'Jan. 15', 'date', '2026-01-15'],
    ['The votes on Wednesday were close.', 'Wednesday', 'date', '2025-05-14'],
    ['Thailand’s hotels face lean times after December’s floods.', 'December', 'date', '2024-12'],
    ['Mr. Hallam said the meeting in September would be its last.', 'September', 'date', '2025-09'],
    ['He said the vote on Tuesday was a victory.', 'Tuesday', 'date', '2025-05-13'],
    ['They are close to a deal that would see her back him in Ohio on Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ['The spokesman would not say on Monday whether talks had failed.', 'Monday', 'date', '2025-05-12'],
    ['Lawmakers must vote on Tuesday.', 'Tuesday', 'date', '2025-05-20'],
    ["Investors await Friday's jobs report.", 'Friday', 'date', '2025-05-16'],
    ['Hallam, the chairman next year, still wouldn’t say Tuesday whether the board would vote.', 'Tuesday', 'date', '2025-05-13'],
    ['Police could not immediately confirm on Tuesday how many died.', 'Tuesday', 'date', '2025-05-13'],
    ['The poll was taken from May 3 through Sunday.', 'Sunday', 'date', '2025-05-11'],
    ['The deadline is midnight on Sunday.', 'midnight', 'time', '2025-05-18T24:00'],
    ['Shipments resume within two to three weeks.', 'two to three weeks', 'duration', 'P2W'],
    ['Over the next 12 to 18 months, stores will be refitted.', 'the next 12 to 18 months', 'duration', 'P12M'],
    ['Talks lasted two or three days.', 'two or three days', 'duration', 'P2D'],
    ['He was jailed for 10-15 years.', '10-15 years', 'duration', 'P10Y'],
    ['Calder, if she wins in November, would chair the panel.', 'November', 'date', '2025-11'],
    ['It could happen if Calder sweeps the caucuses Monday.', 'Monday', 'date', '2025-05-19'],
    ['Even if he lost on Tuesday, he stayed in the race.', 'Tuesday', 'date', '2025-05-13'],
    ['Reporters asked if the vote on Tuesday was fair.', 'Tuesday', 'date', '2025-05-13'],
    ["If fuel is stripped out of December's figures, prices rose 0.2%.", 'December', 'date', '2024-12'],
    ['Since announcing in July that he would not stand, Hallam has campaigned.', 'July', 'date', '2024-07'],
    ['Islam will one day be the second largest religion.', 'one day', 'date', 'FUTURE_REF'],
    ['She had only held the post one day.', 'one day', 'duration', 'P1D'],
    ['The talks lasted half an hour.', 'half an hour', 'duration', 'PT30M'],
    ['The statement came a half-hour before the event.', 'a half-hour', 'duration', 'PT30M'],
    ['The feud has lasted for half a century.', 'half a century', 'duration', 'P50Y'],
    ['The custom began more than a half-century ago.', 'more than a half-century ago', 'date', '1975'],
    ['The building was erected a century ago.', 'a century ago', 'date', '1925'],
  ] as const)('modern news: %s → "%s" %s %s', async (text, expression, type: TimeType, value) => {
    const a = await analyze(text);
    const s = spanOf(text, expression);
    const t = a.times.find((x) => x.start === s.start && x.end === s.end);
    expect(t, `no time expression "${expression}" in ${JSON.stringify(a.times.map((x) => [x.text, x.value]))}`).toBeDefined();
    expect([t!.type, t!.value]).toEqual([type, value]);
  });

  it.each([
    // [text, expression, value] — anchored to the last date the text named
    ['Stocks closed lower on Friday, Oct. 27, 1989, down 4.5% from the previous Friday.', 'the previous Friday', '1989-10-20'],
    ['He was arrested on Monday, March 2, 2020 and charged the following Monday.', 'the following Monday', '2020-03-09'],
  ] as const)('%j → "%s" %s', async (text, expression, value) => {
    const a = await analyze(text);
    const s = spanOf(text, expression);
    expect(a.times.find((x) => x.start === s.start && x.end === s.end)?.value).toBe(value);
  });

  it.each(['Ruth Calder told Westbury News Daily on Thursday.', 'The talks began (0735 GMT) on time.', 'Shares rose 4% by 1200 GMT.'])('reads no set or year in %j', async (text) => {
    const a = await analyze(text);
    expect(a.times.filter((t) => t.type === 'set' || /^\d{4}$/.test(t.value ?? ''))).toEqual([]);
  });

  it.each([
    // [text, publishedAt, expression, value]
    ['Profit fell in the fourth quarter.', '2025-01-20', 'the fourth quarter', '2024-Q4'],
    ['Profit should rise in the fourth quarter.', '2025-01-20', 'the fourth quarter', '2025-Q4'],
    ['The firm reports its results in January.', '2024-11-20', 'January', '2025-01'],
    ['She stepped down as secretary, treasurer and chief executive in March.', '2024-11-02', 'March', '2024-03'],
  ] as const)('%j (published %s) → "%s" %s', async (text, publishedAt, expression, value) => {
    const a = await analyze(text, publishedAt);
    const s = spanOf(text, expression);
    expect(a.times.find((x) => x.start === s.start && x.end === s.end)?.value).toBe(value);
  });

  it.each([
    'He was soon released from hospital.',
    'Hallam told ABC’s "This Week" that talks would go on.',
    'Fenwick said on CBS’s "60 Minutes" that he was upset.',
    'One quarter of the shares changed hands.',
    'The offer is as soon as possible.',
    'Christmas Island lies south of Java.',
    // a weekday inside a name; "to be" before an adjective is no plan; "fy" is not "FY"
    'The riots were called Bloody Sunday.',
    'Joanna May’s cabinet met.',
    'He arrived the day before the vote.',
    'The stock closed at 1999 pence.',
    'Bailey said the fall was encouraging.',
    'The fall in prices was sharp.',
    // ages (seventh version)
    'Only 17% of 18 to 24 year olds vote.',
    'Free meals for all 4 to 11 year-olds are planned.',
    'Many 30-year-olds rent.',
    // a weekday's abbreviation closing a name
    'She said so, according to the Tucson Sun.',
  ])('finds no time expression in %j', async (text) => {
    const a = await analyze(text);
    expect(a.times.map((t) => t.text)).toEqual([]);
  });

  it('keeps spans tight: no trailing punctuation', async () => {
    const a = await analyze('It happened on Wednesday. Then, in December 2019, again.');
    expect(a.times.map((t) => t.text)).toEqual(['Wednesday', 'December 2019']);
  });

  it.each([
    // [text, expression, value] — no publishedAt: the dateline's date, else the latest full date in the text
    ['LONDON, May 15, 2025 (Reuters) - Talks ended on Wednesday.', 'Wednesday', '2025-05-14'],
    ['The deal was signed on May 5, 2021. On Monday the troops left.', 'Monday', '2021-05-03'],
    ['WASHINGTON, August 11 (Xinhua) - The talks of 1998 resumed Monday.', 'Monday', '1998-08-10'],
  ] as const)('anchors %j without publishedAt', async (text, expression, value) => {
    const a = await analyze(text, null);
    const s = spanOf(text, expression);
    expect(a.times.find((x) => x.start === s.start && x.end === s.end)?.value).toBe(value);
  });

  it('reads an underspecified weekday without publishedAt', async () => {
    const a = await analyze('The Kremlin announced Wednesday that he would not attend.', null);
    expect(a.times.map((t) => [t.text, t.value])).toEqual([['Wednesday', 'XXXX-WXX-3']]);
  });
});
