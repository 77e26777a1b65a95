// Writes a LinkedIn-like Page content export as a legacy .xls (BIFF8) workbook.
const XLSX = require('xlsx');
const wb = XLSX.utils.book_new();
const posts = [
  ['All posts are shown for the selected date range'],
  ['Post title', 'Post link', 'Post type', 'Campaign name', 'Posted by', 'Created date', 'Campaign start date', 'Campaign end date', 'Audience',
   'Impressions', 'Views', 'Offsite Views', 'Clicks', 'Click through rate (CTR)', 'Likes', 'Comments', 'Reposts', 'Follows', 'Engagement rate', 'Content Type'],
  ['#ThrowbackThursday 1976: first protons in the synchrotron', 'https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000001', 'Organic', '', 'Alex Martin', '01/11/2024', '', '', 'All followers',
   2100, '', '', 37, 0.0176, 41, 3, 9, 2, 0.0424, 'Image'],
  ['Open Days 2024: book your visit', 'https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000002', 'Organic', '', 'Noor Haddad', new Date(Date.UTC(2024, 0, 18)), '', '', 'All followers',
   3400, 120, 4, 88, 0.0259, 75, 11, 14, 5, 0.0553, 'Video'],
  ['We are hiring: detector physicists', 'https://www.linkedin.com/feed/update/urn:li:ugcPost:7150000000000000003', 'Sponsored', 'Jobs 2024', 'Sam Rivera', '01/25/2024', '01/25/2024', '02/25/2024', 'Physicists',
   5200, '', '', 210, 0.0404, 33, 2, 4, 9, 0.0479, 'Text'],
];
const metrics = [
  ['Date', 'Impressions (organic)', 'Impressions (sponsored)', 'Impressions (total)', 'Unique impressions (organic)', 'Clicks (organic)', 'Clicks (sponsored)', 'Clicks (total)',
   'Reactions (organic)', 'Reactions (sponsored)', 'Reactions (total)', 'Comments (organic)', 'Comments (sponsored)', 'Comments (total)', 'Reposts (organic)', 'Reposts (sponsored)', 'Reposts (total)',
   'Engagement rate (organic)', 'Engagement rate (sponsored)', 'Engagement rate (total)'],
];
for (let d = 1; d <= 7; ++d) {
  metrics.push([`01/0${d}/2024`, 300 + d, 0, 300 + d, 200 + d, 10, 0, 10, 5 + d, 0, 5 + d, 1, 0, 1, 2, 0, 2, 0.05, 0, 0.05]);
}
const wsPosts = XLSX.utils.aoa_to_sheet(posts, {cellDates: true});
const wsMetrics = XLSX.utils.aoa_to_sheet(metrics);
XLSX.utils.book_append_sheet(wb, wsMetrics, 'Metrics');
XLSX.utils.book_append_sheet(wb, wsPosts, 'All posts');
XLSX.writeFile(wb, 'example-physics-lab_content_1706000000000.xlsx');
const followers = [['Date', 'Sponsored followers', 'Organic followers', 'Auto-invited followers', 'Total followers']];
for (let d = 1; d <= 5; ++d) followers.push([`01/0${d}/2024`, d, 10 + d, 0, 1000 + 11 * d]);
const wb2 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb2, XLSX.utils.aoa_to_sheet(followers), 'New followers');
XLSX.utils.book_append_sheet(wb2, XLSX.utils.aoa_to_sheet([['Location', 'Total followers'], ['Geneva', 400]]), 'Location');
XLSX.writeFile(wb2, 'example-physics-lab_followers_1706000000000.xlsx');
