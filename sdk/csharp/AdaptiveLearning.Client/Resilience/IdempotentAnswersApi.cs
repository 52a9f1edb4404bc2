using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Answers;

namespace AdaptiveLearning.Client.Resilience;

/// <summary>
/// Gives every answer a client attempt id when the caller left it empty, and resends an answer after a transient
/// failure: the server counts an id once, so a resend can never record the answer twice.
/// </summary>
internal sealed class IdempotentAnswersApi(IAnswersApi inner, AdaptiveLearningClientOptions options) : IAnswersApi
{
    public Task<AnswerResult> SubmitAnswerAsync(Guid id, SubmitAnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.ClientAttemptId))
            request.ClientAttemptId = NewAttemptId();
        return RetryAsync(ct => inner.SubmitAnswerAsync(id, request, ct), cancellationToken);
    }

    public Task<AnswerBatchResult> SubmitAnswerBatchAsync(SubmitAnswerBatchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var answer in request.Answers ?? [])
        {
            if (string.IsNullOrEmpty(answer.ClientAttemptId))
                answer.ClientAttemptId = NewAttemptId();
        }
        return RetryAsync(ct => inner.SubmitAnswerBatchAsync(request, ct), cancellationToken);
    }

    private static string NewAttemptId() => Guid.NewGuid().ToString("N");

    private async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await send(cancellationToken).ConfigureAwait(false);
            }
            catch (AdaptiveLearningApiException e) when (e.IsTransient && attempt < options.MaxRetryAttempts && !cancellationToken.IsCancellationRequested)
            {
                var delay = TimeSpan.FromTicks(options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 10)));
                await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
