using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.GetQuestionVersionDiff;

internal sealed class GetQuestionVersionDiffHandler(QuestionVersionLookup lookup)
    : IHandler<GetQuestionVersionDiffQuery, QuestionVersionDiff>
{
    public async Task<QuestionVersionDiff> HandleAsync(GetQuestionVersionDiffQuery request, CancellationToken ct)
    {
        var newer = await lookup.GetAsync(request.Id, request.Version, ct);
        var against = request.Against ?? (request.Version > 1 ? (int?)(request.Version - 1) : null);
        var older = against is { } number ? await lookup.GetAsync(request.Id, number, ct) : null;
        var diff = QuestionContentDiffer.Compare(older?.Content, newer.Content);
        return new QuestionVersionDiff
        {
            QuestionId = request.Id,
            Version = newer.Version,
            Against = older?.Version,
            ChangedFields = diff.ChangedFields,
            Fields = diff.Fields,
            Options = diff.Options,
        };
    }
}
