using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Honours If-Match on question writes: the change applies only to the question the client last read.</summary>
internal sealed class QuestionPreconditions(IQuestionQueries queries, IQuestionETags etags)
{
    public const string AnyEntity = "*";

    /// <exception cref="ProblemException"><c>precondition_failed</c> when none of the tags names the current question.</exception>
    public async Task EnsureAsync(Question question, IReadOnlyList<string>? ifMatch, CancellationToken ct)
    {
        if (ifMatch is null || ifMatch.Contains(AnyEntity))
            return;
        var current = await queries.GetAsync(question.Id, ContentViewer.Staff, ct);
        // A read that disagrees with the row just loaded predates it, so no tag the client holds can be current.
        var agrees = current is not null && current.Version == question.Version && current.Status == question.Status;
        if (!agrees || !ifMatch.Contains(etags.Of(current!)))
            throw Stale();
    }

    /// <summary>
    /// A conditional save found the question changed after it was loaded. With If-Match that is a stale precondition;
    /// without, two writes raced, and the later one is refused rather than silently replacing the other.
    /// </summary>
    public static ProblemException LostRace(IReadOnlyList<string>? ifMatch) => ifMatch is null
        ? new ProblemException(Problems.Conflict, "The question changed while this request ran; read it again and retry.")
        : Stale();

    public static ProblemException Stale() => new(Problems.PreconditionFailed,
        "The question changed since you read it. GET it again, check the change still makes sense, and retry with the new ETag.");
}
