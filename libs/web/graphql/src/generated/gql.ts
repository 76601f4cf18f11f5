/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": typeof types.CurrentSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n": typeof types.HomeGreetingDocument,
    "\n  mutation AcknowledgeArticle($id: ID!) {\n    acknowledgeArticle(id: $id) {\n      id\n      acknowledged\n      ackVersion\n    }\n  }\n": typeof types.AcknowledgeArticleDocument,
    "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    summary\n    format\n    language\n    publishedAt\n    pinned\n    mustRead\n    mustReadDue\n    acknowledged\n    unread\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleReaderFields on Article {\n    id\n    status\n    title\n    summary\n    bodyHtml\n    byline\n    format\n    language\n    publishedAt\n    updatedAt\n    mustRead\n    mustReadDue\n    acknowledged\n    ackVersion\n    readingTimeMinutes\n    videoUrl\n    captionsUrl\n    textAlternative\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n  }\n": typeof types.ArticleReaderFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleReaderFields\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Feed($first: Int!, $after: String, $filter: FeedFilter) {\n    feed(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArticleCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  fragment FeedLatestComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    hidden {\n      at\n      reason\n    }\n    author {\n      id\n      displayName\n    }\n  }\n\n  fragment ArticleFeedConversation on Article {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n\n  fragment PostFeedConversation on Post {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n": typeof types.FeedLatestCommentFragmentDoc,
    "\n  query HomeFeed($first: Int!, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Article {\n            ...ArticleCardFields\n            ...ArticleFeedConversation\n          }\n          ... on Post {\n            ...HomeFeedPostFields\n            ...PostFeedConversation\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  mutation MarkArticleViewed($id: ID!) {\n    markArticleViewed(id: $id) {\n      id\n      unread\n    }\n  }\n": typeof types.MarkArticleViewedDocument,
    "\n  query MyMustReads {\n    myMustReads {\n      ...ArticleCardFields\n    }\n  }\n": typeof types.MyMustReadsDocument,
    "\n  query Topic($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.TopicDocument,
    "\n  query NewsTopics {\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.NewsTopicsDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n": typeof types.PersonProfileDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  mutation PromotePostToArticle($postId: ID!) {\n    promotePostToArticle(postId: $postId) {\n      id\n    }\n  }\n": typeof types.PromotePostToArticleDocument,
    "\n  mutation FeaturePost($postId: ID!, $featured: Boolean!) {\n    featurePost(postId: $postId, featured: $featured) {\n      id\n      featured\n    }\n  }\n": typeof types.FeaturePostDocument,
    "\n  fragment HomeFeedPostFields on Post {\n    ...SpacePostFields\n    space {\n      id\n      name\n    }\n  }\n": typeof types.HomeFeedPostFieldsFragmentDoc,
    "\n  mutation CreatePost($spaceId: ID!, $input: PostInput!) {\n    createPost(spaceId: $spaceId, input: $input) {\n      ...SpacePostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...SpacePostFields\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation SharePost($targetId: ID!, $spaceId: ID!, $comment: String) {\n    share(targetId: $targetId, spaceId: $spaceId, comment: $comment) {\n      id\n    }\n  }\n": typeof types.SharePostDocument,
    "\n  mutation Vote($pollId: ID!, $optionIds: [ID!]!) {\n    vote(pollId: $pollId, optionIds: $optionIds) {\n      ...SpacePollFields\n    }\n  }\n": typeof types.VoteDocument,
    "\n  mutation CreateSpace($input: SpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceSummaryFields\n    }\n  }\n": typeof types.CreateSpaceDocument,
    "\n  mutation JoinSpace($id: ID!) {\n    joinSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n": typeof types.JoinSpaceDocument,
    "\n  mutation LeaveSpace($id: ID!) {\n    leaveSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n": typeof types.LeaveSpaceDocument,
    "\n  mutation ApproveMembership($spaceId: ID!, $personId: ID!) {\n    approveMembership(spaceId: $spaceId, personId: $personId) {\n      status\n    }\n  }\n": typeof types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($spaceId: ID!, $personId: ID!) {\n    rejectMembership(spaceId: $spaceId, personId: $personId) {\n      id\n    }\n  }\n": typeof types.RejectMembershipDocument,
    "\n  fragment SpacePollFields on Poll {\n    id\n    question\n    choice\n    ballot\n    closed\n    closesAt\n    viewerVote\n    options {\n      id\n      label\n      position\n    }\n    results {\n      totalVoters\n      options {\n        optionId\n        count\n        voters {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SpacePollFieldsFragmentDoc,
    "\n  fragment SpacePostFields on Post {\n    id\n    bodyHtml\n    link\n    createdAt\n    editedAt\n    isShare\n    sharedItemAvailable\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanCurate\n    featured\n    author {\n      id\n      displayName\n    }\n    images {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    poll {\n      ...SpacePollFields\n    }\n    sharedItem {\n      __typename\n      ... on Article {\n        id\n        title\n        summary\n        author {\n          id\n          displayName\n        }\n      }\n      ... on Post {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SpacePostFieldsFragmentDoc,
    "\n  query SpacePosts($spaceId: ID!, $first: Int!, $after: String) {\n    spacePosts(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpacePostFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpacePostsDocument,
    "\n  fragment SpaceMemberFields on SpaceMember {\n    role\n    status\n    createdAt\n    joinedAt\n    person {\n      id\n      displayName\n      title\n    }\n  }\n": typeof types.SpaceMemberFieldsFragmentDoc,
    "\n  query SpaceDetails($id: ID!, $membersFirst: Int!) {\n    space(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      cover {\n        id\n        alt\n        url\n        width\n        height\n        srcSet\n        sizes\n      }\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n      members(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n      pendingRequests(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.SpaceDetailsDocument,
    "\n  fragment SpaceSummaryFields on Space {\n    id\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      status\n      role\n    }\n  }\n": typeof types.SpaceSummaryFieldsFragmentDoc,
    "\n  query Spaces($filter: SpacesFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpaceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...StudioArticleFields\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n      revision\n      updatedAt\n      status\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation SubmitArticle($id: ID!) {\n    submitArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n": typeof types.SubmitArticleDocument,
    "\n  mutation ReturnArticle($id: ID!, $comment: String!) {\n    returnArticle(id: $id, comment: $comment) {\n      ...StudioArticleFields\n    }\n  }\n": typeof types.ReturnArticleDocument,
    "\n  mutation PublishArticle($id: ID!, $publishAt: DateTime) {\n    publishArticle(id: $id, publishAt: $publishAt) {\n      ...StudioArticleFields\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation ArchiveArticle($id: ID!) {\n    archiveArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n": typeof types.ArchiveArticleDocument,
    "\n  query AudienceOptions {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n    }\n    locations {\n      id\n      name\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AudienceOptionsDocument,
    "\n  query AudienceReach($audience: AudienceInput!) {\n    audienceReach(audience: $audience)\n  }\n": typeof types.AudienceReachDocument,
    "\n  query MustReadReport($articleId: ID!) {\n    mustReadReport(articleId: $articleId) {\n      version\n      acknowledged\n      pending\n      csvUrl\n      byOrgUnit {\n        acknowledged\n        pending\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MustReadReportDocument,
    "\n  mutation RequireAcknowledgementAgain($id: ID!) {\n    requireAcknowledgementAgain(id: $id) {\n      id\n      ackVersion\n    }\n  }\n": typeof types.RequireAcknowledgementAgainDocument,
    "\n  query PreviewPeople($search: String) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          language\n          orgUnit {\n            id\n            name\n          }\n          orgUnitPath {\n            id\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PreviewPeopleDocument,
    "\n  fragment StudioArticleFields on Article {\n    id\n    status\n    format\n    language\n    title\n    summary\n    bodyHtml\n    byline\n    videoUrl\n    captionsUrl\n    textAlternative\n    publishAt\n    publishedAt\n    expireAt\n    reviewBy\n    pinnedUntil\n    mustRead\n    mustReadDue\n    reviewComment\n    revision\n    readingTimeMinutes\n    viewerCanEdit\n    viewerCanPublish\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n    revisions {\n      revision\n      at\n      changedFields\n      readabilityScore\n      editor {\n        id\n        displayName\n      }\n    }\n    audience {\n      everyone\n      orgUnits {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StudioArticleFieldsFragmentDoc,
    "\n  query StudioArticle($id: ID!) {\n    article(id: $id) {\n      ...StudioArticleFields\n    }\n    viewer: me {\n      id\n      role\n    }\n  }\n": typeof types.StudioArticleDocument,
    "\n  query StudioArticles($status: ArticleStatus, $dueForReview: Boolean, $first: Int!, $after: String) {\n    studioArticles(status: $status, dueForReview: $dueForReview, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          language\n          updatedAt\n          publishAt\n          publishedAt\n          reviewBy\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudioArticlesDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": types.CurrentSessionDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n": types.HomeGreetingDocument,
    "\n  mutation AcknowledgeArticle($id: ID!) {\n    acknowledgeArticle(id: $id) {\n      id\n      acknowledged\n      ackVersion\n    }\n  }\n": types.AcknowledgeArticleDocument,
    "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    summary\n    format\n    language\n    publishedAt\n    pinned\n    mustRead\n    mustReadDue\n    acknowledged\n    unread\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": types.ArticleCardFieldsFragmentDoc,
    "\n  fragment ArticleReaderFields on Article {\n    id\n    status\n    title\n    summary\n    bodyHtml\n    byline\n    format\n    language\n    publishedAt\n    updatedAt\n    mustRead\n    mustReadDue\n    acknowledged\n    ackVersion\n    readingTimeMinutes\n    videoUrl\n    captionsUrl\n    textAlternative\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n  }\n": types.ArticleReaderFieldsFragmentDoc,
    "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleReaderFields\n    }\n  }\n": types.ArticleDocument,
    "\n  query Feed($first: Int!, $after: String, $filter: FeedFilter) {\n    feed(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArticleCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  fragment FeedLatestComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    hidden {\n      at\n      reason\n    }\n    author {\n      id\n      displayName\n    }\n  }\n\n  fragment ArticleFeedConversation on Article {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n\n  fragment PostFeedConversation on Post {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n": types.FeedLatestCommentFragmentDoc,
    "\n  query HomeFeed($first: Int!, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Article {\n            ...ArticleCardFields\n            ...ArticleFeedConversation\n          }\n          ... on Post {\n            ...HomeFeedPostFields\n            ...PostFeedConversation\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HomeFeedDocument,
    "\n  mutation MarkArticleViewed($id: ID!) {\n    markArticleViewed(id: $id) {\n      id\n      unread\n    }\n  }\n": types.MarkArticleViewedDocument,
    "\n  query MyMustReads {\n    myMustReads {\n      ...ArticleCardFields\n    }\n  }\n": types.MyMustReadsDocument,
    "\n  query Topic($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n": types.TopicDocument,
    "\n  query NewsTopics {\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": types.NewsTopicsDocument,
    "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n": types.PersonProfileDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  mutation PromotePostToArticle($postId: ID!) {\n    promotePostToArticle(postId: $postId) {\n      id\n    }\n  }\n": types.PromotePostToArticleDocument,
    "\n  mutation FeaturePost($postId: ID!, $featured: Boolean!) {\n    featurePost(postId: $postId, featured: $featured) {\n      id\n      featured\n    }\n  }\n": types.FeaturePostDocument,
    "\n  fragment HomeFeedPostFields on Post {\n    ...SpacePostFields\n    space {\n      id\n      name\n    }\n  }\n": types.HomeFeedPostFieldsFragmentDoc,
    "\n  mutation CreatePost($spaceId: ID!, $input: PostInput!) {\n    createPost(spaceId: $spaceId, input: $input) {\n      ...SpacePostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...SpacePostFields\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation SharePost($targetId: ID!, $spaceId: ID!, $comment: String) {\n    share(targetId: $targetId, spaceId: $spaceId, comment: $comment) {\n      id\n    }\n  }\n": types.SharePostDocument,
    "\n  mutation Vote($pollId: ID!, $optionIds: [ID!]!) {\n    vote(pollId: $pollId, optionIds: $optionIds) {\n      ...SpacePollFields\n    }\n  }\n": types.VoteDocument,
    "\n  mutation CreateSpace($input: SpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceSummaryFields\n    }\n  }\n": types.CreateSpaceDocument,
    "\n  mutation JoinSpace($id: ID!) {\n    joinSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n": types.JoinSpaceDocument,
    "\n  mutation LeaveSpace($id: ID!) {\n    leaveSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n": types.LeaveSpaceDocument,
    "\n  mutation ApproveMembership($spaceId: ID!, $personId: ID!) {\n    approveMembership(spaceId: $spaceId, personId: $personId) {\n      status\n    }\n  }\n": types.ApproveMembershipDocument,
    "\n  mutation RejectMembership($spaceId: ID!, $personId: ID!) {\n    rejectMembership(spaceId: $spaceId, personId: $personId) {\n      id\n    }\n  }\n": types.RejectMembershipDocument,
    "\n  fragment SpacePollFields on Poll {\n    id\n    question\n    choice\n    ballot\n    closed\n    closesAt\n    viewerVote\n    options {\n      id\n      label\n      position\n    }\n    results {\n      totalVoters\n      options {\n        optionId\n        count\n        voters {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SpacePollFieldsFragmentDoc,
    "\n  fragment SpacePostFields on Post {\n    id\n    bodyHtml\n    link\n    createdAt\n    editedAt\n    isShare\n    sharedItemAvailable\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanCurate\n    featured\n    author {\n      id\n      displayName\n    }\n    images {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    poll {\n      ...SpacePollFields\n    }\n    sharedItem {\n      __typename\n      ... on Article {\n        id\n        title\n        summary\n        author {\n          id\n          displayName\n        }\n      }\n      ... on Post {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SpacePostFieldsFragmentDoc,
    "\n  query SpacePosts($spaceId: ID!, $first: Int!, $after: String) {\n    spacePosts(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpacePostFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpacePostsDocument,
    "\n  fragment SpaceMemberFields on SpaceMember {\n    role\n    status\n    createdAt\n    joinedAt\n    person {\n      id\n      displayName\n      title\n    }\n  }\n": types.SpaceMemberFieldsFragmentDoc,
    "\n  query SpaceDetails($id: ID!, $membersFirst: Int!) {\n    space(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      cover {\n        id\n        alt\n        url\n        width\n        height\n        srcSet\n        sizes\n      }\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n      members(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n      pendingRequests(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n    }\n  }\n": types.SpaceDetailsDocument,
    "\n  fragment SpaceSummaryFields on Space {\n    id\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      status\n      role\n    }\n  }\n": types.SpaceSummaryFieldsFragmentDoc,
    "\n  query Spaces($filter: SpacesFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpaceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpacesDocument,
    "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...StudioArticleFields\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n      revision\n      updatedAt\n      status\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation SubmitArticle($id: ID!) {\n    submitArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n": types.SubmitArticleDocument,
    "\n  mutation ReturnArticle($id: ID!, $comment: String!) {\n    returnArticle(id: $id, comment: $comment) {\n      ...StudioArticleFields\n    }\n  }\n": types.ReturnArticleDocument,
    "\n  mutation PublishArticle($id: ID!, $publishAt: DateTime) {\n    publishArticle(id: $id, publishAt: $publishAt) {\n      ...StudioArticleFields\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation ArchiveArticle($id: ID!) {\n    archiveArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n": types.ArchiveArticleDocument,
    "\n  query AudienceOptions {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n    }\n    locations {\n      id\n      name\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n": types.AudienceOptionsDocument,
    "\n  query AudienceReach($audience: AudienceInput!) {\n    audienceReach(audience: $audience)\n  }\n": types.AudienceReachDocument,
    "\n  query MustReadReport($articleId: ID!) {\n    mustReadReport(articleId: $articleId) {\n      version\n      acknowledged\n      pending\n      csvUrl\n      byOrgUnit {\n        acknowledged\n        pending\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MustReadReportDocument,
    "\n  mutation RequireAcknowledgementAgain($id: ID!) {\n    requireAcknowledgementAgain(id: $id) {\n      id\n      ackVersion\n    }\n  }\n": types.RequireAcknowledgementAgainDocument,
    "\n  query PreviewPeople($search: String) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          language\n          orgUnit {\n            id\n            name\n          }\n          orgUnitPath {\n            id\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PreviewPeopleDocument,
    "\n  fragment StudioArticleFields on Article {\n    id\n    status\n    format\n    language\n    title\n    summary\n    bodyHtml\n    byline\n    videoUrl\n    captionsUrl\n    textAlternative\n    publishAt\n    publishedAt\n    expireAt\n    reviewBy\n    pinnedUntil\n    mustRead\n    mustReadDue\n    reviewComment\n    revision\n    readingTimeMinutes\n    viewerCanEdit\n    viewerCanPublish\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n    revisions {\n      revision\n      at\n      changedFields\n      readabilityScore\n      editor {\n        id\n        displayName\n      }\n    }\n    audience {\n      everyone\n      orgUnits {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n  }\n": types.StudioArticleFieldsFragmentDoc,
    "\n  query StudioArticle($id: ID!) {\n    article(id: $id) {\n      ...StudioArticleFields\n    }\n    viewer: me {\n      id\n      role\n    }\n  }\n": types.StudioArticleDocument,
    "\n  query StudioArticles($status: ArticleStatus, $dueForReview: Boolean, $first: Int!, $after: String) {\n    studioArticles(status: $status, dueForReview: $dueForReview, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          language\n          updatedAt\n          publishAt\n          publishedAt\n          reviewBy\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudioArticlesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  query CurrentSession {\n    me {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      displayName\n      role\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeGreeting {\n    me {\n      id\n      displayName\n      title\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeArticle($id: ID!) {\n    acknowledgeArticle(id: $id) {\n      id\n      acknowledged\n      ackVersion\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeArticle($id: ID!) {\n    acknowledgeArticle(id: $id) {\n      id\n      acknowledged\n      ackVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleCardFields on Article {\n    id\n    title\n    summary\n    format\n    language\n    publishedAt\n    pinned\n    mustRead\n    mustReadDue\n    acknowledged\n    unread\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleCardFields on Article {\n    id\n    title\n    summary\n    format\n    language\n    publishedAt\n    pinned\n    mustRead\n    mustReadDue\n    acknowledged\n    unread\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleReaderFields on Article {\n    id\n    status\n    title\n    summary\n    bodyHtml\n    byline\n    format\n    language\n    publishedAt\n    updatedAt\n    mustRead\n    mustReadDue\n    acknowledged\n    ackVersion\n    readingTimeMinutes\n    videoUrl\n    captionsUrl\n    textAlternative\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleReaderFields on Article {\n    id\n    status\n    title\n    summary\n    bodyHtml\n    byline\n    format\n    language\n    publishedAt\n    updatedAt\n    mustRead\n    mustReadDue\n    acknowledged\n    ackVersion\n    readingTimeMinutes\n    videoUrl\n    captionsUrl\n    textAlternative\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleReaderFields\n    }\n  }\n"): (typeof documents)["\n  query Article($id: ID!) {\n    article(id: $id) {\n      ...ArticleReaderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int!, $after: String, $filter: FeedFilter) {\n    feed(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArticleCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($first: Int!, $after: String, $filter: FeedFilter) {\n    feed(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ArticleCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedLatestComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    hidden {\n      at\n      reason\n    }\n    author {\n      id\n      displayName\n    }\n  }\n\n  fragment ArticleFeedConversation on Article {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n\n  fragment PostFeedConversation on Post {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n"): (typeof documents)["\n  fragment FeedLatestComment on Comment {\n    id\n    bodyHtml\n    createdAt\n    hidden {\n      at\n      reason\n    }\n    author {\n      id\n      displayName\n    }\n  }\n\n  fragment ArticleFeedConversation on Article {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n\n  fragment PostFeedConversation on Post {\n    id\n    commentCount\n    reactionCounts {\n      kind\n      count\n    }\n    latestComments {\n      ...FeedLatestComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($first: Int!, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Article {\n            ...ArticleCardFields\n            ...ArticleFeedConversation\n          }\n          ... on Post {\n            ...HomeFeedPostFields\n            ...PostFeedConversation\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($first: Int!, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          __typename\n          ... on Article {\n            ...ArticleCardFields\n            ...ArticleFeedConversation\n          }\n          ... on Post {\n            ...HomeFeedPostFields\n            ...PostFeedConversation\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkArticleViewed($id: ID!) {\n    markArticleViewed(id: $id) {\n      id\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkArticleViewed($id: ID!) {\n    markArticleViewed(id: $id) {\n      id\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMustReads {\n    myMustReads {\n      ...ArticleCardFields\n    }\n  }\n"): (typeof documents)["\n  query MyMustReads {\n    myMustReads {\n      ...ArticleCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query Topic($slug: String!) {\n    topic(slug: $slug) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsTopics {\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query NewsTopics {\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleDirectory($search: String, $first: Int!, $after: String) {\n    people(search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          title\n          orgUnit {\n            id\n            name\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonProfile($id: ID!) {\n    person(id: $id) {\n      id\n      displayName\n      title\n      email\n      phone\n      createdAt\n      orgUnitPath {\n        id\n        name\n        kind\n      }\n      location {\n        id\n        name\n        address\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromotePostToArticle($postId: ID!) {\n    promotePostToArticle(postId: $postId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PromotePostToArticle($postId: ID!) {\n    promotePostToArticle(postId: $postId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeaturePost($postId: ID!, $featured: Boolean!) {\n    featurePost(postId: $postId, featured: $featured) {\n      id\n      featured\n    }\n  }\n"): (typeof documents)["\n  mutation FeaturePost($postId: ID!, $featured: Boolean!) {\n    featurePost(postId: $postId, featured: $featured) {\n      id\n      featured\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeFeedPostFields on Post {\n    ...SpacePostFields\n    space {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment HomeFeedPostFields on Post {\n    ...SpacePostFields\n    space {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($spaceId: ID!, $input: PostInput!) {\n    createPost(spaceId: $spaceId, input: $input) {\n      ...SpacePostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($spaceId: ID!, $input: PostInput!) {\n    createPost(spaceId: $spaceId, input: $input) {\n      ...SpacePostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...SpacePostFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($id: ID!, $input: UpdatePostInput!) {\n    updatePost(id: $id, input: $input) {\n      ...SpacePostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharePost($targetId: ID!, $spaceId: ID!, $comment: String) {\n    share(targetId: $targetId, spaceId: $spaceId, comment: $comment) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SharePost($targetId: ID!, $spaceId: ID!, $comment: String) {\n    share(targetId: $targetId, spaceId: $spaceId, comment: $comment) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Vote($pollId: ID!, $optionIds: [ID!]!) {\n    vote(pollId: $pollId, optionIds: $optionIds) {\n      ...SpacePollFields\n    }\n  }\n"): (typeof documents)["\n  mutation Vote($pollId: ID!, $optionIds: [ID!]!) {\n    vote(pollId: $pollId, optionIds: $optionIds) {\n      ...SpacePollFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpace($input: SpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSpace($input: SpaceInput!) {\n    createSpace(input: $input) {\n      ...SpaceSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinSpace($id: ID!) {\n    joinSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinSpace($id: ID!) {\n    joinSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveSpace($id: ID!) {\n    leaveSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveSpace($id: ID!) {\n    leaveSpace(id: $id) {\n      id\n      memberCount\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMembership($spaceId: ID!, $personId: ID!) {\n    approveMembership(spaceId: $spaceId, personId: $personId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMembership($spaceId: ID!, $personId: ID!) {\n    approveMembership(spaceId: $spaceId, personId: $personId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMembership($spaceId: ID!, $personId: ID!) {\n    rejectMembership(spaceId: $spaceId, personId: $personId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMembership($spaceId: ID!, $personId: ID!) {\n    rejectMembership(spaceId: $spaceId, personId: $personId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpacePollFields on Poll {\n    id\n    question\n    choice\n    ballot\n    closed\n    closesAt\n    viewerVote\n    options {\n      id\n      label\n      position\n    }\n    results {\n      totalVoters\n      options {\n        optionId\n        count\n        voters {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SpacePollFields on Poll {\n    id\n    question\n    choice\n    ballot\n    closed\n    closesAt\n    viewerVote\n    options {\n      id\n      label\n      position\n    }\n    results {\n      totalVoters\n      options {\n        optionId\n        count\n        voters {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpacePostFields on Post {\n    id\n    bodyHtml\n    link\n    createdAt\n    editedAt\n    isShare\n    sharedItemAvailable\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanCurate\n    featured\n    author {\n      id\n      displayName\n    }\n    images {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    poll {\n      ...SpacePollFields\n    }\n    sharedItem {\n      __typename\n      ... on Article {\n        id\n        title\n        summary\n        author {\n          id\n          displayName\n        }\n      }\n      ... on Post {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SpacePostFields on Post {\n    id\n    bodyHtml\n    link\n    createdAt\n    editedAt\n    isShare\n    sharedItemAvailable\n    viewerCanEdit\n    viewerCanDelete\n    viewerCanCurate\n    featured\n    author {\n      id\n      displayName\n    }\n    images {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    poll {\n      ...SpacePollFields\n    }\n    sharedItem {\n      __typename\n      ... on Article {\n        id\n        title\n        summary\n        author {\n          id\n          displayName\n        }\n      }\n      ... on Post {\n        id\n        bodyHtml\n        createdAt\n        author {\n          id\n          displayName\n        }\n        space {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpacePosts($spaceId: ID!, $first: Int!, $after: String) {\n    spacePosts(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpacePostFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpacePosts($spaceId: ID!, $first: Int!, $after: String) {\n    spacePosts(spaceId: $spaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpacePostFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceMemberFields on SpaceMember {\n    role\n    status\n    createdAt\n    joinedAt\n    person {\n      id\n      displayName\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment SpaceMemberFields on SpaceMember {\n    role\n    status\n    createdAt\n    joinedAt\n    person {\n      id\n      displayName\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceDetails($id: ID!, $membersFirst: Int!) {\n    space(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      cover {\n        id\n        alt\n        url\n        width\n        height\n        srcSet\n        sizes\n      }\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n      members(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n      pendingRequests(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpaceDetails($id: ID!, $membersFirst: Int!) {\n    space(id: $id) {\n      id\n      name\n      description\n      visibility\n      memberCount\n      cover {\n        id\n        alt\n        url\n        width\n        height\n        srcSet\n        sizes\n      }\n      viewerCanPost\n      viewerCanModerate\n      viewerMembership {\n        status\n        role\n      }\n      members(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n      pendingRequests(first: $membersFirst) {\n        totalCount\n        edges {\n          cursor\n          node {\n            ...SpaceMemberFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpaceSummaryFields on Space {\n    id\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment SpaceSummaryFields on Space {\n    id\n    name\n    description\n    visibility\n    memberCount\n    viewerMembership {\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces($filter: SpacesFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpaceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Spaces($filter: SpacesFilter, $first: Int!, $after: String) {\n    spaces(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...SpaceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...StudioArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: ArticleInput!) {\n    createArticle(input: $input) {\n      ...StudioArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n      revision\n      updatedAt\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($id: ID!, $input: ArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      id\n      revision\n      updatedAt\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitArticle($id: ID!) {\n    submitArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitArticle($id: ID!) {\n    submitArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnArticle($id: ID!, $comment: String!) {\n    returnArticle(id: $id, comment: $comment) {\n      ...StudioArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnArticle($id: ID!, $comment: String!) {\n    returnArticle(id: $id, comment: $comment) {\n      ...StudioArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($id: ID!, $publishAt: DateTime) {\n    publishArticle(id: $id, publishAt: $publishAt) {\n      ...StudioArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($id: ID!, $publishAt: DateTime) {\n    publishArticle(id: $id, publishAt: $publishAt) {\n      ...StudioArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveArticle($id: ID!) {\n    archiveArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveArticle($id: ID!) {\n    archiveArticle(id: $id) {\n      ...StudioArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceOptions {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n    }\n    locations {\n      id\n      name\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query AudienceOptions {\n    orgUnits {\n      id\n      name\n      parentId\n      level\n    }\n    locations {\n      id\n      name\n    }\n    topics {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceReach($audience: AudienceInput!) {\n    audienceReach(audience: $audience)\n  }\n"): (typeof documents)["\n  query AudienceReach($audience: AudienceInput!) {\n    audienceReach(audience: $audience)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MustReadReport($articleId: ID!) {\n    mustReadReport(articleId: $articleId) {\n      version\n      acknowledged\n      pending\n      csvUrl\n      byOrgUnit {\n        acknowledged\n        pending\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MustReadReport($articleId: ID!) {\n    mustReadReport(articleId: $articleId) {\n      version\n      acknowledged\n      pending\n      csvUrl\n      byOrgUnit {\n        acknowledged\n        pending\n        orgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequireAcknowledgementAgain($id: ID!) {\n    requireAcknowledgementAgain(id: $id) {\n      id\n      ackVersion\n    }\n  }\n"): (typeof documents)["\n  mutation RequireAcknowledgementAgain($id: ID!) {\n    requireAcknowledgementAgain(id: $id) {\n      id\n      ackVersion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPeople($search: String) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          language\n          orgUnit {\n            id\n            name\n          }\n          orgUnitPath {\n            id\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPeople($search: String) {\n    people(search: $search, first: 8) {\n      edges {\n        node {\n          id\n          displayName\n          title\n          language\n          orgUnit {\n            id\n            name\n          }\n          orgUnitPath {\n            id\n          }\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioArticleFields on Article {\n    id\n    status\n    format\n    language\n    title\n    summary\n    bodyHtml\n    byline\n    videoUrl\n    captionsUrl\n    textAlternative\n    publishAt\n    publishedAt\n    expireAt\n    reviewBy\n    pinnedUntil\n    mustRead\n    mustReadDue\n    reviewComment\n    revision\n    readingTimeMinutes\n    viewerCanEdit\n    viewerCanPublish\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n    revisions {\n      revision\n      at\n      changedFields\n      readabilityScore\n      editor {\n        id\n        displayName\n      }\n    }\n    audience {\n      everyone\n      orgUnits {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StudioArticleFields on Article {\n    id\n    status\n    format\n    language\n    title\n    summary\n    bodyHtml\n    byline\n    videoUrl\n    captionsUrl\n    textAlternative\n    publishAt\n    publishedAt\n    expireAt\n    reviewBy\n    pinnedUntil\n    mustRead\n    mustReadDue\n    reviewComment\n    revision\n    readingTimeMinutes\n    viewerCanEdit\n    viewerCanPublish\n    updatedAt\n    author {\n      id\n      displayName\n    }\n    cover {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    gallery {\n      id\n      alt\n      url\n      width\n      height\n      srcSet\n      sizes\n    }\n    topics {\n      id\n      slug\n      name\n    }\n    translations {\n      id\n      language\n      title\n    }\n    revisions {\n      revision\n      at\n      changedFields\n      readabilityScore\n      editor {\n        id\n        displayName\n      }\n    }\n    audience {\n      everyone\n      orgUnits {\n        id\n        name\n      }\n      locations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioArticle($id: ID!) {\n    article(id: $id) {\n      ...StudioArticleFields\n    }\n    viewer: me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query StudioArticle($id: ID!) {\n    article(id: $id) {\n      ...StudioArticleFields\n    }\n    viewer: me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioArticles($status: ArticleStatus, $dueForReview: Boolean, $first: Int!, $after: String) {\n    studioArticles(status: $status, dueForReview: $dueForReview, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          language\n          updatedAt\n          publishAt\n          publishedAt\n          reviewBy\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioArticles($status: ArticleStatus, $dueForReview: Boolean, $first: Int!, $after: String) {\n    studioArticles(status: $status, dueForReview: $dueForReview, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          language\n          updatedAt\n          publishAt\n          publishedAt\n          reviewBy\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;