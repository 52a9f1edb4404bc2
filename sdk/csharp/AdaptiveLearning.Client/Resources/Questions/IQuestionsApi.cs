using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Questions;

/// <summary>
/// The question bank: <c>/api/v1/questions</c>. Learners see published questions without answer keys;
/// authors write drafts and submit them, reviewers approve or reject them, admins publish and archive.
/// </summary>
[Headers("Authorization: Bearer")]
public interface IQuestionsApi
{
    /// <summary>Filters, searches and pages through questions in a stable order.</summary>
    /// <param name="node">A hierarchy path: questions at or below it.</param>
    /// <param name="type"><c>mcq</c>, <c>theory</c> or <c>scenario</c>.</param>
    /// <param name="status">Authors and admins: <c>draft</c>, <c>in_review</c>, <c>published</c> or <c>archived</c>. Learners always get published ones.</param>
    /// <param name="difficultyMin">Lowest difficulty, 1-5.</param>
    /// <param name="difficultyMax">Highest difficulty, 1-5.</param>
    /// <param name="tagsAny">Comma-separated: questions with any of these tags.</param>
    /// <param name="tagsAll">Comma-separated: questions with all of these tags.</param>
    /// <param name="q">Full-text search over text and options; results then come by relevance.</param>
    /// <param name="cursor">The <see cref="QuestionPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-100 (default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page, the cursor of the next one (null on the last) and the total count.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Get("/api/v1/questions")]
    Task<QuestionPage> ListQuestionsAsync([Query] string? node = null, [Query] string? type = null, [Query] string? status = null,
        [Query] int? difficultyMin = null, [Query] int? difficultyMax = null, [Query] string? tagsAny = null, [Query] string? tagsAll = null,
        [Query] string? q = null, [Query] string? cursor = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>A question's current version; learners get published questions only, without the answer key or explanations.</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/questions/{id}")]
    Task<Question> GetQuestionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Creates a draft question in a facet (authors and admins).</summary>
    /// <param name="request">The facet's full path, the type, text, options and answer key or model answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new draft.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (such as a path that is not a facet), 403 <c>forbidden</c>.</exception>
    [Post("/api/v1/questions")]
    Task<Question> CreateQuestionAsync([Body] CreateQuestionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Edits a question (a real content change makes a new version) or moves it to another facet (authors and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="request">The fields to change; null fields stay as they are.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question as it is now.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Patch("/api/v1/questions/{id}")]
    Task<Question> UpdateQuestionAsync(long id, [Body] UpdateQuestionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Submits a draft for review (authors and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question, now <c>in_review</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>, 422 <c>invalid_transition</c>.</exception>
    [Post("/api/v1/questions/{id}/submit")]
    Task<Question> SubmitQuestionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Publishes a draft, reviewed or archived question, so learners study it (admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question, now <c>published</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>, 422 <c>invalid_transition</c>.</exception>
    [Post("/api/v1/questions/{id}/publish")]
    Task<Question> PublishQuestionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Archives a question: learners stop seeing it, its history is kept (admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question, now <c>archived</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>, 422 <c>invalid_transition</c>.</exception>
    [Post("/api/v1/questions/{id}/archive")]
    Task<Question> ArchiveQuestionAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Approves a question in review, which publishes it (reviewers and admins; never the last editor of the question).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="ifMatch">The ETag of the question as you reviewed it (from <see cref="AdaptiveLearningClient.GetQuestionIfChangedAsync"/>);
    /// if it changed since, nothing is approved and 412 <c>precondition_failed</c> is thrown. Null approves whatever is current.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question, now <c>published</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c>, 409 <c>conflict</c>, 412 <c>precondition_failed</c>,
    /// 422 <c>invalid_transition</c> (not in review) or <c>self_approval</c> (you made the current version).</exception>
    [Post("/api/v1/questions/{id}/approve")]
    Task<Question> ApproveQuestionAsync(long id, [Header("If-Match")] string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Rejects a question in review with a reason; it goes back to draft (reviewers and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="request">What the author should change (required, at most 1000 characters).</param>
    /// <param name="ifMatch">The ETag of the question as you reviewed it; null rejects whatever is current.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question, now <c>draft</c>.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (no reason), 403 <c>forbidden</c>, 404 <c>not_found</c>,
    /// 409 <c>conflict</c>, 412 <c>precondition_failed</c>, 422 <c>invalid_transition</c>.</exception>
    [Post("/api/v1/questions/{id}/reject")]
    Task<Question> RejectQuestionAsync(long id, [Body] RejectQuestionRequest request, [Header("If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one action (submit, approve, reject, publish, archive) to up to 500 questions, each in its own transaction,
    /// with the roles of the action's single route; a question that cannot change reports its problem code and the others still change.
    /// </summary>
    /// <param name="request">Distinct ids, the action and, to reject, the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A result per id in the order sent, and how many succeeded and failed.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c> (your role may not take this action).</exception>
    [Post("/api/v1/questions/bulk-status")]
    Task<BulkStatusResponse> BulkChangeQuestionStatusAsync([Body] BulkChangeQuestionStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Questions waiting for review, oldest submission first (reviewers and admins).</summary>
    /// <param name="node">A hierarchy path: questions at or below it.</param>
    /// <param name="author">Only questions this user created.</param>
    /// <param name="cursor">The <see cref="ReviewQueuePage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-200 (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next one (null on the last).</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>.</exception>
    [Get("/api/v1/review-queue")]
    Task<ReviewQueuePage> ListReviewQueueAsync([Query] string? node = null, [Query] Guid? author = null, [Query] string? cursor = null,
        [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>A question's status changes, oldest first: who, when, from, to and why (authors, reviewers and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cursor">The <see cref="QuestionHistoryPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-200 (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of changes and the cursor of the next one (null on the last).</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/questions/{id}/history")]
    Task<QuestionHistoryPage> GetQuestionHistoryAsync(long id, [Query] string? cursor = null, [Query] int? limit = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// A question's item statistics, per version: answers, proportion correct, point-biserial discrimination, median time
    /// against the author's estimate, option picks (overall and by the strongest learners), lapse and leech rates, IRT
    /// parameters and the flags the current numbers raise (authors, reviewers and admins).
    /// </summary>
    /// <remarks>Computed by a background job, not per request: <see cref="QuestionStats.ComputedAt"/> says how fresh they are.</remarks>
    /// <param name="id">The question id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The statistics; a question nobody answered yet has zero attempts.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c> (learners), 404 <c>not_found</c>.</exception>
    [Get("/api/v1/questions/{id}/stats")]
    Task<QuestionStats> GetQuestionStatsAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A question's versions, newest first: who wrote each, when, its status and what it changed (authors, reviewers and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="cursor">The <see cref="QuestionVersionPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-100 (default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of versions and the cursor of the next (older) one; null on the last.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c>.</exception>
    [Get("/api/v1/questions/{id}/versions")]
    Task<QuestionVersionPage> ListQuestionVersionsAsync(long id, [Query] string? cursor = null, [Query] int? limit = null,
        CancellationToken cancellationToken = default);

    /// <summary>One version of a question with its whole content as it was written, answer key included (authors, reviewers and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="version">The version number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    /// <exception cref="AdaptiveLearningApiException">403 <c>forbidden</c>, 404 <c>not_found</c> (no such question) or
    /// <c>version_not_found</c> (<see cref="ErrorCodes.VersionNotFound"/>).</exception>
    [Get("/api/v1/questions/{id}/versions/{version}")]
    Task<QuestionVersion> GetQuestionVersionAsync(long id, int version, CancellationToken cancellationToken = default);

    /// <summary>What changed from one version of a question to another, field by field, with options matched by key (authors, reviewers and admins).</summary>
    /// <param name="id">The question id.</param>
    /// <param name="version">The newer side of the comparison.</param>
    /// <param name="against">The older side; null compares with the version before <paramref name="version"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The changed fields with old and new values, and the options added, removed and changed.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 403 <c>forbidden</c>, 404 <c>not_found</c> or <c>version_not_found</c>.</exception>
    [Get("/api/v1/questions/{id}/versions/{version}/diff")]
    Task<QuestionVersionDiff> GetQuestionVersionDiffAsync(long id, int version, [Query] int? against = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Restores an old version: its content becomes a new version, which records the one it copied (authors and admins). An edit's rules
    /// apply: when the server requires review, a question past draft goes back to draft. Restoring the current content changes nothing.
    /// </summary>
    /// <param name="id">The question id.</param>
    /// <param name="version">The version to restore.</param>
    /// <param name="ifMatch">The ETag of the question as you last read it (from <see cref="AdaptiveLearningClient.GetQuestionIfChangedAsync"/>);
    /// if it changed since, nothing is restored and 412 <c>precondition_failed</c> is thrown. Null restores over whatever is current.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The question as it is now.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c> (the old content breaks today's rules), 403 <c>forbidden</c>,
    /// 404 <c>not_found</c> or <c>version_not_found</c>, 409 <c>conflict</c>, 412 <c>precondition_failed</c>.</exception>
    [Post("/api/v1/questions/{id}/versions/{version}/restore")]
    Task<Question> RestoreQuestionVersionAsync(long id, int version, [Header("If-Match")] string? ifMatch = null,
        CancellationToken cancellationToken = default);
}
