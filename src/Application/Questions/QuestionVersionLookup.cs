using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Finds one version for the version routes, telling a missing question from a missing version.</summary>
internal sealed class QuestionVersionLookup(IQuestionVersionQueries versions, IQuestionQueries questions)
{
    /// <exception cref="ProblemException"><c>not_found</c> (no such question) or <c>version_not_found</c>.</exception>
    public async Task<QuestionVersionRecord> GetAsync(long questionId, int version, CancellationToken ct) =>
        await versions.GetAsync(questionId, version, ct) ?? throw await MissingAsync(questionId, version, ct);

    /// <exception cref="ProblemException"><c>not_found</c> when the question does not exist.</exception>
    public async Task EnsureQuestionAsync(long questionId, CancellationToken ct)
    {
        // An empty list and a question that never existed must not look alike.
        if (await questions.GetAsync(questionId, ContentViewer.Staff, ct) is null)
            throw new ProblemException(Problems.NotFound, $"No question {questionId}.");
    }

    private async Task<ProblemException> MissingAsync(long questionId, int version, CancellationToken ct)
    {
        await EnsureQuestionAsync(questionId, ct);
        return new ProblemException(Problems.VersionNotFound, $"Question {questionId} has no version {version}.");
    }
}
