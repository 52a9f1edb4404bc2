using AdaptiveLearning.Api.Features.Content;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ListQuestions;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

internal sealed class ListQuestionsEndpoint(IHandler<ListQuestionsQuery, QuestionPage> handler)
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
        // The validator has checked the names; unknown ones never reach here.
        var type = ContentNames.TryParseType(req.Type ?? "", out var t) ? t : (Domain.Content.QuestionType?)null;
        var status = ContentNames.TryParseStatus(req.Status ?? "", out var s) ? s : (Domain.Content.QuestionStatus?)null;
        var query = new ListQuestionsQuery(User.Viewer(), req.Node, type, status, req.DifficultyMin, req.DifficultyMax,
            req.TagsAny, req.TagsAll, req.Q, req.Cursor, req.Limit);
        await Send.OkAsync(await handler.HandleAsync(query, ct), ct);
    }
}
