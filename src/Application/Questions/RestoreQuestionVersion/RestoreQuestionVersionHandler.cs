using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.RestoreQuestionVersion;

/// <summary>
/// A restore is an edit whose new content is an old version's: the same If-Match check, content rules and review rules
/// as PATCH, and the new version records which one it copied. History is never rewritten.
/// </summary>
internal sealed class RestoreQuestionVersionHandler(
    IQuestionRepository questions, QuestionVersionLookup lookup, IQuestionQueries queries, QuestionPreconditions preconditions,
    ContentOptions options)
    : IHandler<RestoreQuestionVersionCommand, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(RestoreQuestionVersionCommand request, CancellationToken ct)
    {
        var question = await questions.GetAsync(request.Id, ct)
            ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        var source = await lookup.GetAsync(request.Id, request.Version, ct);
        await preconditions.EnsureAsync(question, request.IfMatch, ct);
        var loaded = question.Stamp;
        // Rules may have tightened since the version was written; what becomes current must pass today's.
        QuestionInput.EnsureValid(source.Content);

        // Restoring the content that is already current changes nothing, so a retried restore is harmless.
        if (question.Revise(source.Content))
        {
            var withdrawn = question.ReturnToDraftAfterRevision(options.RequireReview);
            var reason = withdrawn ? $"Restored version {source.Version}: a new version needs a new review." : null;
            if (!await questions.SaveAsync(question, loaded, newVersion: true, request.UserId, reason, ct, restoredFrom: source.Version))
                throw QuestionPreconditions.LostRace(request.IfMatch);
        }
        return (await queries.GetAsync(question.Id, ContentViewer.Staff, ct))!;
    }
}
