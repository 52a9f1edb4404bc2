using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.GetQuestionVersion;

internal sealed class GetQuestionVersionHandler(QuestionVersionLookup lookup, IQuestionQueries questions)
    : IHandler<GetQuestionVersionQuery, QuestionVersionDto>
{
    public async Task<QuestionVersionDto> HandleAsync(GetQuestionVersionQuery request, CancellationToken ct)
    {
        var version = await lookup.GetAsync(request.Id, request.Version, ct);
        var current = await questions.GetAsync(request.Id, ContentViewer.Staff, ct);
        return new QuestionVersionDto
        {
            QuestionId = version.QuestionId,
            Version = version.Version,
            Current = current?.Version == version.Version,
            Path = version.Path,
            Status = version.Status,
            CreatedBy = version.CreatedBy,
            CreatedAt = version.CreatedAt,
            RestoredFrom = version.RestoredFrom,
            Content = QuestionContentDto.From(version.Content),
        };
    }
}
