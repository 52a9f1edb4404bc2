using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ListQuestions;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestions;

internal sealed class ListQuestionsEndpoint(IHandler<ListQuestionsQuery, QuestionPage> handler, RenderedResponseCache rendered)
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
        QuestionType? type = WireNames.TryParse(req.Type, out QuestionType t) ? t : null;
        QuestionStatus? status = WireNames.TryParse(req.Status, out QuestionStatus s) ? s : null;
        var query = new ListQuestionsQuery(User.Viewer(), req.Node, type, status, req.DifficultyMin, req.DifficultyMax,
            req.TagsAny, req.TagsAll, req.Q, req.Cursor, req.Limit);
        var response = await rendered.GetOrRenderAsync(RenderedKey.QuestionList(query.ToSpecification().CacheKey, query.Viewer),
            token => handler.HandleAsync(query, token), ct);
        await Send.ResultAsync(RenderedResult.Plain(response));
    }
}
