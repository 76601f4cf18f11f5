/**
 * What the whole home page asks the news feature for (topics, must-reads, the feed), for tests of
 * home that render the app: the app's test harness may join features, a feature may not.
 */
export { homeFeedPage, mustReads, newsTopics } from '@/features/news/test/news-fixtures';
