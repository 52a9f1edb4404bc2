using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Application.Questions.GetQuestionHistory;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionHistory;

internal sealed class GetQuestionHistoryEndpoint(IHandler<GetQuestionHistoryQuery, QuestionHistoryPage> handler)
    : Endpoint<GetQuestionHistoryRequest, QuestionHistoryPage>
{
    public override void Configure()
    {
        Get(GetQuestionHistoryRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "A question's status changes, oldest first: who, when, from, to and why (staff)");
        Description(x => x.Produces<QuestionHistoryPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetQuestionHistoryRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetQuestionHistoryQuery(req.Id, req.Cursor, req.Limit), ct), ct);
}
