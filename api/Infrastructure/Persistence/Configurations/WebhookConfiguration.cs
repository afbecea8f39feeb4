using Medborgardialog.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medborgardialog.Api.Infrastructure.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.PrimitiveCollection(e => e.Events).ElementType().HasConversion<string>();
        builder.Property(e => e.Secret).HasMaxLength(100);
        builder.Property(e => e.PreviousSecret).HasMaxLength(100);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.LastError).HasMaxLength(50);
        // One delivery per endpoint and step, whatever happens.
        builder.HasIndex(d => new { d.EndpointId, d.DialogueEventId }).IsUnique();
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DialogueEvent>().WithMany().HasForeignKey(d => d.DialogueEventId).OnDelete(DeleteBehavior.Cascade);
        // The sender's queue: what is neither delivered nor given up, by when it is next due.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("delivered_at IS NULL AND failed_at IS NULL");
        // The delivery log of an endpoint, newest first.
        builder.HasIndex(d => new { d.EndpointId, d.CreatedAt });
    }
}
