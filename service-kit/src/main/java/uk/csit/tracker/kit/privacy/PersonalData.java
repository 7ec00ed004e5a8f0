package uk.csit.tracker.kit.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property that names a member of staff (personal data under the UK GDPR): who wrote a progress update,
 * who recorded a spend line. It is written only for a caller whose role may read history, which names staff too
 * ({@code Capability.READ_HISTORY}); any other caller is given the record without it (see
 * {@link PersonalDataAccess} and {@link PersonalDataWriters}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
