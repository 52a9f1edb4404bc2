using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.GetQuestionVersion;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.GetQuestionVersion;

internal sealed class GetQuestionVersionEndpoint(IHandler<GetQuestionVersionQuery, QuestionVersionDto> handler)
    : Endpoint<GetQuestionVersionRequest, QuestionVersionDto>
{
    public override void Configure()
    {
        Get(GetQuestionVersionRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "One version of a question, its whole content as it was written (staff; 404 version_not_found)");
        Description(x => x.Produces<QuestionVersionDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetQuestionVersionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetQuestionVersionQuery(req.Id, req.Version), ct), ct);
}
