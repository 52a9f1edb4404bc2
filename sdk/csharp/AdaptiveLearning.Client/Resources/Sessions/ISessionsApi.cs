using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Sessions;

/// <summary>Study sessions: <c>/api/v1/sessions</c>. Start one, ask for the next questions, answer them through <see cref="Answers.IAnswersApi"/>, end it.</summary>
[Headers("Authorization: Bearer")]
public interface ISessionsApi
{
    /// <summary>Starts a study session over a scope: <c>learn</c>, <c>review</c>, <c>practice</c>, <c>mock_test</c> or <c>cram</c>.</summary>
    /// <param name="request">
    /// The mode, the hierarchy paths to study (empty for the whole bank) and optional limits; or, for learn and practice,
    /// a <c>GoalId</c> instead of paths: the session then studies the goal's scope with its plan's new cards for the day.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new session.</returns>
    /// <exception cref="AdaptiveLearningApiException">
    /// 400 <c>validation_failed</c>, 404 <c>not_found</c> (no such goal of yours), 422 <c>nothing_to_study</c> or <c>goal_ended</c>.
    /// </exception>
    [Post("/api/v1/sessions")]
    Task<SessionView> StartSessionAsync([Body] StartSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>My study sessions, newest first, each with its summary, a page at a time; see <see cref="SessionsApiExtensions.ListAllSessionsAsync"/> to read every page.</summary>
    /// <param name="status">Only <c>active</c> or <c>ended</c> sessions.</param>
    /// <param name="mode">Only sessions of this mode.</param>
    /// <param name="from">Sessions started at or after this time.</param>
    /// <param name="to">Sessions started before this time.</param>
    /// <param name="cursor">The <see cref="StudySessionPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size, 1-100 (default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next (older) one, null on the last.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Get("/api/v1/sessions")]
    Task<StudySessionPage> ListStudySessionsAsync([Query] SessionStatus? status = null, [Query] SessionMode? mode = null,
        [Query(Format = "O")] DateTimeOffset? from = null, [Query(Format = "O")] DateTimeOffset? to = null, [Query] string? cursor = null,
        [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>A session with its running counts of answers and correct answers.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c> (also for another user's session).</exception>
    [Get("/api/v1/sessions/{id}")]
    Task<SessionView> GetSessionAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The questions to study now, without their answers, each with the reason it was chosen.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="count">How many questions, 1-50 (default 1).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The questions; an empty list when there is nothing left to study now.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>, 409 <c>session_ended</c>.</exception>
    [Get("/api/v1/sessions/{id}/next")]
    Task<NextQuestions> NextQuestionsAsync(Guid id, [Query] int? count = null, CancellationToken cancellationToken = default);

    /// <summary>A self-rated question's model answer, to show before the learner rates themselves (<c>gradingMode</c> <c>self_rated</c>).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="questionId">A self-rated question of the session.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The model answer and explanation.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>, 409 <c>session_ended</c>, 422 <c>rule_violated</c> (graded by the server, or a running mock test) or <c>question_unavailable</c>.</exception>
    [Get("/api/v1/sessions/{id}/questions/{questionId}/reveal")]
    Task<RevealedAnswer> RevealAnswerAsync(Guid id, long questionId, CancellationToken cancellationToken = default);

    /// <summary>Ends a session and sums it up (a mock test's score and answer key too).</summary>
    /// <param name="id">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/sessions/{id}/end")]
    Task<SessionSummary> EndSessionAsync(Guid id, CancellationToken cancellationToken = default);
}
