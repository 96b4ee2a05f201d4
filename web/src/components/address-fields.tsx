/** Postal address inputs, shared by the client form and the workspace settings. */
import { Fieldset, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Address } from "../api-types.ts";
import type { FieldErrors } from "../use-field-errors.ts";
import { provinces } from "../workspace/workspace-options.ts";

export const emptyAddress: Address = { line1: "", line2: "", city: "", region: "", postalCode: "", country: "CA" };

const countries = ["CA", "US", "FR", "BE", "CH", "GB"] as const;

export const addressPaths = ["line1", "line2", "city", "region", "postalCode", "country"].map((f) => `address.${f}`);

interface AddressFieldsProps {
  value: Address;
  onChange: (address: Address) => void;
  errors: FieldErrors;
  onClear: (path: string) => void;
  disabled?: boolean;
}

export function AddressFields({ value, onChange, errors, onClear, disabled = false }: AddressFieldsProps) {
  const { t } = useTranslation();
  const set = (key: keyof Address) => (text: string) => {
    onChange({ ...value, [key]: text });
    onClear(`address.${key}`);
  };
  const country = value.country;
  const knownCountry = (countries as readonly string[]).includes(country);

  return (
    <Fieldset legend={t("address.legend")} disabled={disabled}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("address.line1")}
          autoComplete="address-line1"
          value={value.line1}
          onChange={(e) => set("line1")(e.currentTarget.value)}
          error={errors["address.line1"]}
        />
        <TextInput
          label={t("address.line2")}
          autoComplete="address-line2"
          value={value.line2}
          onChange={(e) => set("line2")(e.currentTarget.value)}
          error={errors["address.line2"]}
        />
        <TextInput
          label={t("address.city")}
          autoComplete="address-level2"
          value={value.city}
          onChange={(e) => set("city")(e.currentTarget.value)}
          error={errors["address.city"]}
        />
        {country === "CA" ? (
          <NativeSelect
            label={t("address.province")}
            value={value.region}
            onChange={(e) => set("region")(e.currentTarget.value)}
            data={[{ value: "", label: "—" }, ...provinces.map((p) => ({ value: p, label: t(`provinces.${p}`) }))]}
            error={errors["address.region"]}
          />
        ) : (
          <TextInput
            label={t("address.region")}
            autoComplete="address-level1"
            value={value.region}
            onChange={(e) => set("region")(e.currentTarget.value)}
            error={errors["address.region"]}
          />
        )}
        <TextInput
          label={t("address.postalCode")}
          autoComplete="postal-code"
          value={value.postalCode}
          onChange={(e) => set("postalCode")(e.currentTarget.value)}
          error={errors["address.postalCode"]}
        />
        <NativeSelect
          label={t("address.country")}
          value={country}
          onChange={(e) => {
            const next = e.currentTarget.value;
            onChange({ ...value, country: next, region: next === "CA" || country === "CA" ? "" : value.region });
            onClear("address.country");
          }}
          data={[
            ...countries.map((c) => ({ value: c, label: t(`countries.${c}`) })),
            ...(knownCountry || !country ? [] : [{ value: country, label: country }]),
          ]}
          error={errors["address.country"]}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

/** The address as the API takes it: every part trimmed, "" for an unknown part. */
export function addressForApi(address: Address): Address {
  return {
    line1: address.line1.trim(),
    line2: address.line2.trim(),
    city: address.city.trim(),
    region: address.region.trim(),
    postalCode: address.postalCode.trim(),
    country: address.country.trim().toUpperCase(),
  };
}
