using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

internal sealed class ListQuestionsEndpoint(IHandler<QuestionSpecification, QuestionPage> handler)
    : Endpoint<ListQuestionsRequest, QuestionPage>
{
    public override void Configure()
    {
        Get(ListQuestionsRequest.Route);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "Filter, search and page through questions (keyset cursor, stable order, total count)");
        Description(x => x.Produces<QuestionPage>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(ListQuestionsRequest req, CancellationToken ct)
    {
        if (!QuestionCursor.TryDecode(req.Cursor, out var cursor))
            throw ProblemException.Field("cursor", "Not a cursor returned by this API.");
        var staff = User.IsStaff();
        WireNames.TryParse(req.Type, out QuestionType type);
        WireNames.TryParse(req.Status, out QuestionStatus status);
        var spec = new QuestionSpecification
        {
            NodePath = req.Node,
            Type = req.Type is null ? null : type,
            Status = staff && req.Status is not null ? status : null,
            LearnerVisibleOnly = !staff,
            MinDifficulty = req.DifficultyMin,
            MaxDifficulty = req.DifficultyMax,
            TagsAny = Split(req.TagsAny),
            TagsAll = Split(req.TagsAll),
            Search = string.IsNullOrWhiteSpace(req.Q) ? null : req.Q,
            After = cursor,
            Limit = req.Limit ?? 20,
        };
        await Send.OkAsync(await handler.HandleAsync(spec, ct), ct);
    }

    private static string[] Split(string? csv) =>
        csv?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToArray() ?? [];
}
