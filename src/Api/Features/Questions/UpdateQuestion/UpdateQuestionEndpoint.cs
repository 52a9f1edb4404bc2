using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.UpdateQuestion;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.UpdateQuestion;

internal sealed class UpdateQuestionEndpoint(IHandler<UpdateQuestionCommand, QuestionDto> handler)
    : Endpoint<UpdateQuestionRequest, QuestionDto>
{
    public override void Configure()
    {
        Patch(UpdateQuestionRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "Edit a question (new version) or move it (authors and admins; If-Match honoured)");
        Description(x => x.Produces<QuestionDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409).ProducesProblem(412), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateQuestionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateQuestionCommand(User.UserId(), req.Id, req.Path, req,
            IfMatchHeader.Of(HttpContext.Request)), ct), ct);
}
