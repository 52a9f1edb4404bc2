using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Answers;

/// <summary>
/// Answers, graded on the server: one at a time in a session, or a batch given offline.
/// Each answer carries the client's own <c>ClientAttemptId</c>, so sending it again never counts twice. The SDK fills in
/// a new id when you leave it empty (read it back from the request afterwards) and, unlike other POSTs, resends an
/// answer after a transient failure (no response, timeout, 408, 429, 502-504) with the same id.
/// </summary>
[Headers("Authorization: Bearer")]
public interface IAnswersApi
{
    /// <summary>Answers a question in a session: graded, the card rescheduled, feedback returned.</summary>
    /// <param name="id">The session id.</param>
    /// <param name="request">The client attempt id, the question, the chosen keys or written text, the time spent and, optionally, a self-rating.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it was right, the feedback (unless a mock test hides it) and the card's new schedule.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>, 409 <c>session_ended</c> or <c>attempt_id_reused</c>, 422 <c>question_unavailable</c>.</exception>
    [Post("/api/v1/sessions/{id}/answers")]
    Task<AnswerResult> SubmitAnswerAsync(Guid id, [Body] SubmitAnswerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Syncs up to 1,000 answers given offline, in any order: each card's answers apply in <c>AnsweredAt</c> order.</summary>
    /// <param name="request">The answers.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A result or an error per answer, and the counts recorded, duplicate and failed.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 413 <c>payload_too_large</c>.</exception>
    [Post("/api/v1/answers/batch")]
    Task<AnswerBatchResult> SubmitAnswerBatchAsync([Body] SubmitAnswerBatchRequest request, CancellationToken cancellationToken = default);
}
