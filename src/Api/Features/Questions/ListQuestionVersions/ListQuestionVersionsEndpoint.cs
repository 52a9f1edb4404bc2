using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ListQuestionVersions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ListQuestionVersions;

internal sealed class ListQuestionVersionsEndpoint(IHandler<ListQuestionVersionsQuery, QuestionVersionPage> handler)
    : Endpoint<ListQuestionVersionsRequest, QuestionVersionPage>
{
    public override void Configure()
    {
        Get(ListQuestionVersionsRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s =>
        {
            s.Summary = "A question's versions, newest first: who wrote each, when, its status and what it changed (staff)";
            s.Description = "Every content change is a version; versions are never rewritten. Page with `cursor` and `limit` (≤ 100).";
        });
        Description(x => x.Produces<QuestionVersionPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(ListQuestionVersionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListQuestionVersionsQuery(req.Id, req.Cursor, req.Limit), ct), ct);
}
