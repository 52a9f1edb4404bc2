using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Admin.ExportAuditLog;

internal sealed class ExportAuditLogValidator : Validator<ExportAuditLogRequest>
{
    public ExportAuditLogValidator()
    {
        AuditFilterRules.AddTo(this);
        RuleFor(r => r.Format).Must(f => f is "csv" or "json").WithMessage("Use 'csv' or 'json'.");
    }
}
