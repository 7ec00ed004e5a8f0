package uk.csit.tracker.inspection.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocalAuthority")
public record LocalAuthority(
        @Schema(example = "London Borough of Havering") String name,
        @Schema(example = "E09000016") String onsCode) {
}
